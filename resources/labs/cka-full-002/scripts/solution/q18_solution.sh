#!/usr/bin/env bash
# Reference answer for Q18: swap the default annotation, then a claim without a class.
set -eu
kubectl --context cluster1 annotate storageclass standard storageclass.kubernetes.io/is-default-class=false --overwrite
kubectl --context cluster1 annotate storageclass fast-local storageclass.kubernetes.io/is-default-class=true --overwrite
kubectl --context cluster1 apply -f - <<'YAML'
apiVersion: v1
kind: PersistentVolumeClaim
metadata: {name: cache, namespace: warehouse}
spec:
  accessModes: [ReadWriteOnce]
  resources: {requests: {storage: 256Mi}}
YAML
