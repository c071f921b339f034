#!/usr/bin/env bash
# Q11: PVC data-pvc in storage requests 500Mi of class manual and is Bound to data-pv.
set -u
json=$(kubectl --context cluster1 get pvc data-pvc -n storage -o json 2>/dev/null) || { echo "No PersistentVolumeClaim 'data-pvc' in 'storage'."; exit 1; }
jq -e '.spec.resources.requests.storage == "500Mi"' <<<"$json" >/dev/null || { echo "PVC 'data-pvc' does not request 500Mi."; exit 1; }
jq -e '.spec.storageClassName == "manual"' <<<"$json" >/dev/null || { echo "PVC 'data-pvc' does not ask for class 'manual'."; exit 1; }
jq -e '.status.phase == "Bound" and .spec.volumeName == "data-pv"' <<<"$json" >/dev/null || { echo "PVC 'data-pvc' is not Bound to data-pv."; exit 1; }
echo "PVC 'data-pvc' is bound to data-pv."
