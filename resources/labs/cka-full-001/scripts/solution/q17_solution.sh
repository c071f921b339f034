#!/usr/bin/env bash
# Reference answer for Q17: clear the stale claimRef so the volume becomes Available, then claim it by name.
set -eu
ctx=cluster1
kubectl --context "$ctx" patch pv reports-pv --type json -p '[{"op": "remove", "path": "/spec/claimRef"}]'
kubectl --context "$ctx" apply -f - <<'YAML'
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: reports-pvc
  namespace: reports
spec:
  storageClassName: archive
  volumeName: reports-pv
  accessModes: ["ReadWriteOnce"]
  resources:
    requests:
      storage: 1Gi
---
apiVersion: v1
kind: Pod
metadata:
  name: reports-reader
  namespace: reports
spec:
  containers:
    - name: reader
      image: busybox:1.36
      command: ["sleep", "86400"]
      volumeMounts:
        - name: reports
          mountPath: /reports
          readOnly: true
  volumes:
    - name: reports
      persistentVolumeClaim:
        claimName: reports-pvc
YAML
kubectl --context "$ctx" wait --for=condition=Ready pod/reports-reader -n reports --timeout=45s
