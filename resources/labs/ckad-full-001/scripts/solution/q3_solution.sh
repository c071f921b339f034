#!/usr/bin/env bash
# Reference answer for Q3.
set -eu
kubectl --context cluster1 apply -f - <<'YAML'
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data-pvc
  namespace: storage
spec:
  accessModes: ["ReadWriteOnce"]
  storageClassName: standard
  resources:
    requests:
      storage: 100Mi
---
apiVersion: v1
kind: Pod
metadata:
  name: writer
  namespace: storage
spec:
  containers:
    - name: writer
      image: busybox:1.36
      command: ["sh", "-c", "echo saved > /data/out.txt; sleep 3600"]
      volumeMounts:
        - name: data
          mountPath: /data
  volumes:
    - name: data
      persistentVolumeClaim:
        claimName: data-pvc
YAML
kubectl --context cluster1 wait --for=condition=Ready pod/writer -n storage --timeout=55s
