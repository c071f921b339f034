#!/usr/bin/env bash
# Q11: PersistentVolume data-pv: 1Gi, ReadWriteOnce, Retain, class manual, hostPath /srv/data-pv.
set -u
json=$(kubectl --context cluster1 get pv data-pv -o json 2>/dev/null) || { echo "No PersistentVolume 'data-pv' in cluster1."; exit 1; }
jq -e '.spec.capacity.storage == "1Gi" or .spec.capacity.storage == "1024Mi"' <<<"$json" >/dev/null || { echo "PersistentVolume 'data-pv' is not 1Gi."; exit 1; }
jq -e '.spec.accessModes == ["ReadWriteOnce"]' <<<"$json" >/dev/null || { echo "PersistentVolume 'data-pv' must have the single access mode ReadWriteOnce."; exit 1; }
jq -e '.spec.persistentVolumeReclaimPolicy == "Retain"' <<<"$json" >/dev/null || { echo "PersistentVolume 'data-pv' does not have reclaim policy Retain."; exit 1; }
jq -e '.spec.storageClassName == "manual"' <<<"$json" >/dev/null || { echo "PersistentVolume 'data-pv' is not in class 'manual'."; exit 1; }
jq -e '(.spec.hostPath.path // "" | rtrimstr("/")) == "/srv/data-pv"' <<<"$json" >/dev/null || { echo "PersistentVolume 'data-pv' is not a hostPath volume at /srv/data-pv."; exit 1; }
echo "PersistentVolume 'data-pv' is configured as asked."
