#!/usr/bin/env bash
# Q16: the claims data-db-0 and data-db-1 are Bound (dynamically provisioned in class standard).
set -u
for c in data-db-0 data-db-1; do
    got=$(kubectl --context cluster1 get pvc "$c" -n stateful -o jsonpath='{.status.phase} {.spec.storageClassName}' 2>/dev/null) || { echo "No PVC '$c' in 'stateful'."; exit 1; }
    [ "$got" = "Bound standard" ] || { echo "PVC '$c' is '$got', expected Bound in class standard."; exit 1; }
done
echo "data-db-0 and data-db-1 are bound."
