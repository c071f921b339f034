#!/usr/bin/env bash
# Q4: orders-api runs 1 ready pod with DB_HOST=db.orders.svc taken from ConfigMap orders-config, writing to the claim.
set -u
ctx=cluster1 ns=orders
json=$(kubectl --context "$ctx" get deployment orders-api -n "$ns" -o json 2>/dev/null) || { echo "No deployment 'orders-api' in '$ns'."; exit 1; }
jq -e '.status.readyReplicas == 1 and .status.updatedReplicas == 1 and .status.observedGeneration >= .metadata.generation' <<<"$json" >/dev/null || {
    echo "Deployment 'orders-api' does not run 1 ready, up-to-date pod."
    exit 1
}
jq -e 'any(.spec.template.spec.containers[0].env[]?; .name == "DB_HOST" and .valueFrom.configMapKeyRef.name == "orders-config")' <<<"$json" >/dev/null || {
    echo "DB_HOST of 'orders-api' does not come from the ConfigMap orders-config."
    exit 1
}
jq -e 'any(.spec.template.spec.volumes[]?; .persistentVolumeClaim.claimName == "orders-data")' <<<"$json" >/dev/null || { echo "'orders-api' no longer mounts the claim orders-data."; exit 1; }
val=$(timeout 20 kubectl --context "$ctx" exec deploy/orders-api -n "$ns" -- printenv DB_HOST 2>/dev/null)
[ "$val" = "db.orders.svc" ] || { echo "DB_HOST in 'orders-api' is '$val', expected db.orders.svc."; exit 1; }
echo "Deployment 'orders-api' runs with DB_HOST=db.orders.svc."
