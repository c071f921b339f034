#!/usr/bin/env bash
# Q4: PVC orders/orders-data (1Gi) is Bound through the cluster's default StorageClass.
set -u
ctx=cluster1
default=$(kubectl --context "$ctx" get storageclass -o json 2>/dev/null |
    jq -r '[.items[] | select(.metadata.annotations["storageclass.kubernetes.io/is-default-class"] == "true") | .metadata.name] | first // ""')
json=$(kubectl --context "$ctx" get pvc orders-data -n orders -o json 2>/dev/null) || { echo "No PVC 'orders-data' in 'orders'."; exit 1; }
jq -e --arg sc "$default" '.spec.storageClassName == $sc and $sc != ""' <<<"$json" >/dev/null || { echo "PVC 'orders-data' does not use the default StorageClass '$default'."; exit 1; }
jq -e '.spec.resources.requests.storage == "1Gi" and .status.phase == "Bound"' <<<"$json" >/dev/null || { echo "PVC 'orders-data' is not a Bound 1Gi claim."; exit 1; }
echo "PVC 'orders-data' is bound through '$default'."
