#!/usr/bin/env bash
# Q11: only the offending deployments were scaled down: collector is at 0, and frontend (2) and worker (1) still
# run all their ready replicas.
set -u
ctx=cluster1 ns=runtime
c=$(kubectl --context "$ctx" get deployment collector -n "$ns" -o jsonpath='{.spec.replicas}' 2>/dev/null)
[ "$c" = "0" ] || { echo "The privileged deployment 'collector' is still running."; exit 1; }
for pair in frontend:2 worker:1; do
    d=${pair%%:*} n=${pair#*:}
    got=$(kubectl --context "$ctx" get deployment "$d" -n "$ns" -o jsonpath='{.spec.replicas} {.status.readyReplicas}' 2>/dev/null) || {
        echo "Deployment '$d' is gone; it does not break isolation and must keep running."
        exit 1
    }
    read -r want ready <<<"$got"
    if [ "$want" != "$n" ] || [ "${ready:-0}" != "$n" ]; then
        echo "Deployment '$d' runs ${ready:-0}/$want ready replicas, expected $n/$n."
        exit 1
    fi
done
echo "frontend and worker keep running."
