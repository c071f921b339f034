#!/usr/bin/env bash
# Q16: StatefulSet db in stateful: 2 replicas, governing service db (headless), a claim template data of 256Mi
# RWO in class standard mounted at /var/lib/db.
set -u
json=$(kubectl --context cluster1 get statefulset db -n stateful -o json 2>/dev/null) || { echo "No StatefulSet 'db' in 'stateful'."; exit 1; }
jq -e '.spec.replicas == 2 and .spec.serviceName == "db"' <<<"$json" >/dev/null || { echo "StatefulSet 'db' must have 2 replicas and serviceName db."; exit 1; }
jq -e 'any(.spec.volumeClaimTemplates[]?; .metadata.name == "data" and .spec.storageClassName == "standard"
    and .spec.accessModes == ["ReadWriteOnce"] and .spec.resources.requests.storage == "256Mi")' <<<"$json" >/dev/null || {
    echo "StatefulSet 'db' needs the claim template 'data': 256Mi, ReadWriteOnce, class standard."
    exit 1
}
jq -e 'any(.spec.template.spec.containers[].volumeMounts[]?; .name == "data" and .mountPath == "/var/lib/db")' <<<"$json" >/dev/null || { echo "StatefulSet 'db' does not mount 'data' at /var/lib/db."; exit 1; }
svc=$(kubectl --context cluster1 get service db -n stateful -o jsonpath='{.spec.clusterIP}' 2>/dev/null)
[ "$svc" = "None" ] || { echo "Service 'db' in 'stateful' is missing or not headless."; exit 1; }
echo "StatefulSet 'db' is configured as asked."
