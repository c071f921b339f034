#!/usr/bin/env bash
# Reference answer for Q4: a claim's class cannot change, so the claim is re-created without a class (the default
# applies) while the deployment is scaled to 0 (a pod using the claim would hold its deletion); the variable reads
# the key that exists.
set -eu
ctx=cluster1 ns=orders
kubectl --context "$ctx" scale deployment orders-api -n "$ns" --replicas=0
kubectl --context "$ctx" delete pvc orders-data -n "$ns" --timeout=30s
kubectl --context "$ctx" apply -f - <<'YAML'
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: orders-data
  namespace: orders
spec:
  accessModes: ["ReadWriteOnce"]
  resources:
    requests:
      storage: 1Gi
YAML
kubectl --context "$ctx" patch deployment orders-api -n "$ns" --type json \
    -p '[{"op": "replace", "path": "/spec/template/spec/containers/0/env/0/valueFrom/configMapKeyRef/key", "value": "db_host"}]'
kubectl --context "$ctx" scale deployment orders-api -n "$ns" --replicas=1
kubectl --context "$ctx" rollout status deployment/orders-api -n "$ns" --timeout=25s
