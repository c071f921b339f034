#!/usr/bin/env bash
# Q16: bravo is scaled to 0 (kept for forensics, not deleted) while alpha and charlie keep running.
set -u
ctx=cluster1 ns=workloads
got=$(kubectl --context "$ctx" get deployment bravo -n "$ns" -o jsonpath='{.spec.replicas} {.status.replicas}' 2>/dev/null) || { echo "Deployment bravo was deleted; scale it to 0 instead."; exit 1; }
read -r want have <<<"$got"
if [ "$want" != "0" ] || [ "${have:-0}" != "0" ]; then
    echo "Deployment bravo still runs (${have:-0} pods)."
    exit 1
fi
for d in alpha charlie; do
    r=$(kubectl --context "$ctx" get deployment "$d" -n "$ns" -o jsonpath='{.status.readyReplicas}' 2>/dev/null)
    [ "${r:-0}" = "1" ] || { echo "Deployment $d does not run any more; only bravo is suspicious."; exit 1; }
done
echo "bravo is stopped; alpha and charlie run."
