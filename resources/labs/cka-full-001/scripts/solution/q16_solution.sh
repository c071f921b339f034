#!/usr/bin/env bash
# Reference answer for Q16.
set -eu
kubectl --context cluster1 apply -f - <<'YAML'
apiVersion: v1
kind: Service
metadata:
  name: db
  namespace: stateful
spec:
  clusterIP: None
  selector:
    app: db
  ports:
    - port: 5432
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
  namespace: stateful
spec:
  serviceName: db
  replicas: 2
  selector:
    matchLabels:
      app: db
  template:
    metadata:
      labels:
        app: db
    spec:
      containers:
        - name: db
          image: busybox:1.36
          command: ["sh", "-c", "hostname > /var/lib/db/owner && sleep 86400"]
          volumeMounts:
            - name: data
              mountPath: /var/lib/db
  volumeClaimTemplates:
    - metadata:
        name: data
      spec:
        storageClassName: standard
        accessModes: ["ReadWriteOnce"]
        resources:
          requests:
            storage: 256Mi
YAML
kubectl --context cluster1 rollout status statefulset/db -n stateful --timeout=50s
