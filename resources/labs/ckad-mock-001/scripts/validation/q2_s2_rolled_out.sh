#!/usr/bin/env bash
# Q2: deployment web was rolled out to nginx:1.25-alpine and the rollout has finished.
set -u
ns=phoenix
got=$(kubectl get deployment web -n "$ns" -o jsonpath='{.spec.template.spec.containers[0].image} {.metadata.generation} {.status.observedGeneration} {.status.replicas} {.status.updatedReplicas} {.status.availableReplicas}' 2>/dev/null) || {
    echo "No deployment 'web' in namespace '$ns'."
    exit 1
}
read -r image gen observed replicas updated available <<<"$got"
[ "$image" = "nginx:1.25-alpine" ] || { echo "Deployment 'web' uses image '$image', expected 'nginx:1.25-alpine'."; exit 1; }
if [ "${observed:-0}" -lt "${gen:-1}" ] || [ "${updated:-0}" != "${replicas:-x}" ] || [ "${available:-0}" != "${replicas:-x}" ]; then
    echo "The rollout of 'web' has not finished (replicas ${replicas:-0}, updated ${updated:-0}, available ${available:-0})."
    exit 1
fi
echo "Deployment 'web' is fully rolled out to nginx:1.25-alpine."
