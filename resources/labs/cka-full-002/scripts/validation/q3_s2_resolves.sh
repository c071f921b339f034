#!/usr/bin/env bash
# Q3: the pod dns-lab/client resolves kubernetes.default.svc.cluster.local through the cluster DNS.
set -u
kubectl --context cluster1 -n dns-lab exec client -- nslookup -timeout=3 kubernetes.default.svc.cluster.local >/dev/null 2>&1 ||
    { echo "dns-lab/client cannot resolve kubernetes.default.svc.cluster.local."; exit 1; }
echo "dns-lab/client resolves service names."
