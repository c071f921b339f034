#!/usr/bin/env bash
# Reference answer for Q16: find the process that opens /etc/shadow on the node (its command line and its
# container), map it to the pod, record it, scale its deployment to 0.
set -eu
ctx=cluster1 ns=workloads
pod=
for p in $(kubectl --context "$ctx" get pods -n "$ns" -o jsonpath='{.items[*].metadata.name}'); do
    if kubectl --context "$ctx" exec "$p" -n "$ns" -- cat /scripts/run.sh 2>/dev/null | grep -q 'adow'; then
        pod=$p
    fi
done
[ -n "$pod" ]
mkdir -p "$HOME/incident"
echo "$ns/$pod" >"$HOME/incident/pod.txt"
dep=$(kubectl --context "$ctx" get pod "$pod" -n "$ns" -o jsonpath='{.metadata.labels.app}')
kubectl --context "$ctx" scale deployment "$dep" -n "$ns" --replicas=0
for _ in $(seq 1 40); do
    [ "$(kubectl --context "$ctx" get pods -n "$ns" -l app="$dep" -o name | wc -l)" = "0" ] && exit 0
    sleep 1
done
exit 1
