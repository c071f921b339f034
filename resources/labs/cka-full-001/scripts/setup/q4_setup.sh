#!/usr/bin/env bash
# Q4: deployment orders-api cannot start: its claim asks for a StorageClass that does not exist (Pending) and its
# DB_HOST variable refers to a ConfigMap key that does not exist (CreateContainerConfigError).
set -eu
ctx=cluster1
kubectl --context "$ctx" create namespace orders --dry-run=client -o yaml | kubectl --context "$ctx" apply -f -
kubectl --context "$ctx" apply -f - <<'YAML'
apiVersion: v1
kind: ConfigMap
metadata:
  name: orders-config
  namespace: orders
data:
  db_host: db.orders.svc
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: orders-data
  namespace: orders
spec:
  storageClassName: fast-ssd
  accessModes: ["ReadWriteOnce"]
  resources:
    requests:
      storage: 1Gi
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: orders-api
  namespace: orders
spec:
  replicas: 1
  selector:
    matchLabels:
      app: orders-api
  template:
    metadata:
      labels:
        app: orders-api
    spec:
      containers:
        - name: api
          image: busybox:1.36
          command: ["sh", "-c", "echo started > /data/started && sleep 86400"]
          env:
            - name: DB_HOST
              valueFrom:
                configMapKeyRef:
                  name: orders-config
                  key: DB_HOST
          volumeMounts:
            - name: data
              mountPath: /data
      volumes:
        - name: data
          persistentVolumeClaim:
            claimName: orders-data
YAML
