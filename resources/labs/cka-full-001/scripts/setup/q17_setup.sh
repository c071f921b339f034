#!/usr/bin/env bash
# Q17: a Retain volume left Released by a deleted claim (its claimRef still points at the old claim). The PV's UID
# is recorded so the check can tell it was reused, not re-created.
set -eu
ctx=cluster1
state=/root/.ckx-lab
mkdir -p "$state" && chmod 700 "$state"
kubectl --context "$ctx" create namespace reports --dry-run=client -o yaml | kubectl --context "$ctx" apply -f -
kubectl --context "$ctx" apply -f - <<'YAML'
apiVersion: v1
kind: PersistentVolume
metadata:
  name: reports-pv
spec:
  capacity:
    storage: 1Gi
  accessModes: ["ReadWriteOnce"]
  persistentVolumeReclaimPolicy: Retain
  storageClassName: archive
  hostPath:
    path: /srv/reports
    type: DirectoryOrCreate
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: old-reports
  namespace: reports
spec:
  storageClassName: archive
  accessModes: ["ReadWriteOnce"]
  resources:
    requests:
      storage: 1Gi
YAML
for _ in $(seq 1 20); do
    [ "$(kubectl --context "$ctx" get pv reports-pv -o jsonpath='{.status.phase}')" = "Bound" ] && break
    sleep 1
done
kubectl --context "$ctx" delete pvc old-reports -n reports --timeout=20s
for _ in $(seq 1 20); do
    [ "$(kubectl --context "$ctx" get pv reports-pv -o jsonpath='{.status.phase}')" = "Released" ] && break
    sleep 1
done
[ "$(kubectl --context "$ctx" get pv reports-pv -o jsonpath='{.status.phase}')" = "Released" ]
kubectl --context "$ctx" get pv reports-pv -o jsonpath='{.metadata.uid}' >"$state/cka-full-q17-uid"
