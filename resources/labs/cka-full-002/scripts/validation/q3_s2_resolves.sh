#!/usr/bin/env bash
# Q3: the pod dns-lab/client resolves kubernetes.default.svc.cluster.local through the cluster DNS.
set -u
out=$(kubectl --context cluster1 -n dns-lab exec client -- nslookup -timeout=3 kubernetes.default.svc.cluster.local 2>/dev/null)
# nslookup prints the server first, then the answer: an address must be in the answer part.
sed -n '/^Name:/,$p' <<<"$out" | grep -qE '^Address:?[[:space:]]+[0-9.]+$' || { echo "dns-lab/client cannot resolve kubernetes.default.svc.cluster.local."; exit 1; }
echo "dns-lab/client resolves service names."
