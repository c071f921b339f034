#!/usr/bin/env bash
# Q2: deployment web runs 4 ready replicas.
set -u
ns=phoenix
got=$(kubectl get deployment web -n "$ns" -o jsonpath='{.spec.replicas} {.status.readyReplicas}' 2>/dev/null) || {
    echo "No deployment 'web' in namespace '$ns'."
    exit 1
}
read -r want ready <<<"$got"
[ "$want" = "4" ] || { echo "Deployment 'web' asks for ${want} replicas, expected 4."; exit 1; }
[ "${ready:-0}" = "4" ] || { echo "Deployment 'web' has ${ready:-0} ready replicas, expected 4."; exit 1; }
echo "Deployment 'web' runs 4 ready replicas."
