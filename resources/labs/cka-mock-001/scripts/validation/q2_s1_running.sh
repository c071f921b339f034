#!/usr/bin/env bash
# Q2: deployment checkout in triage (cluster1) runs 2 ready replicas of nginx:1.27-alpine, fully rolled out.
set -u
ctx=cluster1 ns=triage
got=$(kubectl --context "$ctx" get deployment checkout -n "$ns" -o jsonpath='{.spec.replicas} {.spec.template.spec.containers[0].image} {.metadata.generation} {.status.observedGeneration} {.status.updatedReplicas} {.status.readyReplicas} {.status.availableReplicas}' 2>/dev/null) || {
    echo "No deployment 'checkout' in namespace '$ns' on $ctx."
    exit 1
}
read -r want image gen observed updated ready available <<<"$got"
[ "$want" = "2" ] || { echo "Deployment 'checkout' asks for $want replicas, expected 2."; exit 1; }
[ "$image" = "nginx:1.27-alpine" ] || { echo "Deployment 'checkout' uses image '$image', expected nginx:1.27-alpine."; exit 1; }
if [ "${observed:-0}" -lt "${gen:-1}" ] || [ "${updated:-0}" != "2" ] || [ "${ready:-0}" != "2" ] || [ "${available:-0}" != "2" ]; then
    echo "Deployment 'checkout' is not healthy: ${ready:-0} ready, ${available:-0} available, ${updated:-0} updated of 2."
    exit 1
fi
echo "Deployment 'checkout' runs 2 ready replicas."
