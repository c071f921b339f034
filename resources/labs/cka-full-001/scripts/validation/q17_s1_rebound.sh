#!/usr/bin/env bash
# Q17: the same PV reports-pv (not re-created) is Bound to the new claim reports/reports-pvc (1Gi, class archive).
set -u
want=$(cat /root/.ckx-lab/cka-full-q17-uid 2>/dev/null)
json=$(kubectl --context cluster1 get pv reports-pv -o json 2>/dev/null) || { echo "PersistentVolume 'reports-pv' is gone."; exit 1; }
jq -e --arg u "$want" '$u != "" and .metadata.uid == $u' <<<"$json" >/dev/null || { echo "PersistentVolume 'reports-pv' was re-created; reuse the existing volume."; exit 1; }
jq -e '.status.phase == "Bound" and .spec.claimRef.namespace == "reports" and .spec.claimRef.name == "reports-pvc"' <<<"$json" >/dev/null || {
    echo "PersistentVolume 'reports-pv' is not Bound to reports/reports-pvc."
    exit 1
}
jq -e '.spec.persistentVolumeReclaimPolicy == "Retain"' <<<"$json" >/dev/null || { echo "PersistentVolume 'reports-pv' no longer retains its data."; exit 1; }
pvc=$(kubectl --context cluster1 get pvc reports-pvc -n reports -o jsonpath='{.status.phase} {.spec.volumeName} {.spec.storageClassName}' 2>/dev/null)
[ "$pvc" = "Bound reports-pv archive" ] || { echo "PVC reports/reports-pvc is '$pvc', expected Bound to reports-pv in class archive."; exit 1; }
echo "reports-pv is reused by reports-pvc."
