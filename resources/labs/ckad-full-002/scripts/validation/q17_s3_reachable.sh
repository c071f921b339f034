#!/usr/bin/env bash
# Q17: the pod other/caller reaches http://echo-svc.svc-lab.svc.cluster.local:8080/.
set -u
kubectl --context cluster1 -n other exec caller -- wget -q -T 5 -O /dev/null http://echo-svc.svc-lab.svc.cluster.local:8080/ >/dev/null 2>&1 ||
    { echo "other/caller gets no answer from echo-svc.svc-lab.svc.cluster.local:8080."; exit 1; }
echo "echo-svc answers across namespaces."
