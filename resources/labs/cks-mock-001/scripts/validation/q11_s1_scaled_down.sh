#!/usr/bin/env bash
# Q11: the deployments collector (privileged container) and cache (hostPath /) are scaled to 0 and have no pods left.
set -u
ctx=cluster1 ns=runtime
for d in collector cache; do
    got=$(kubectl --context "$ctx" get deployment "$d" -n "$ns" -o jsonpath='{.spec.replicas} {.status.replicas}' 2>/dev/null) || {
        echo "Deployment '$d' was deleted; scale it to 0 instead."
        exit 1
    }
    read -r want have <<<"$got"
    [ "$want" = "0" ] || { echo "Deployment '$d' still asks for $want replicas, expected 0."; exit 1; }
    [ "${have:-0}" = "0" ] || { echo "Deployment '$d' still has $have pods."; exit 1; }
done
echo "collector and cache are scaled to 0."
