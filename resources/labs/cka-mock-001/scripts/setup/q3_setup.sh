#!/usr/bin/env bash
# Q3: service inventory-svc selects a label no pod has and targets a port nothing listens on; a client deployment
# to test from (a deployment, so draining a node in another task needs no --force).
set -eu
ctx=cluster1
kubectl --context "$ctx" create namespace shop --dry-run=client -o yaml | kubectl --context "$ctx" apply -f -
kubectl --context "$ctx" apply -f - <<'YAML'
apiVersion: apps/v1
kind: Deployment
metadata:
  name: inventory
  namespace: shop
spec:
  replicas: 2
  selector:
    matchLabels:
      app: inventory
  template:
    metadata:
      labels:
        app: inventory
        tier: backend
    spec:
      containers:
        - name: web
          image: nginx:1.27-alpine
          ports:
            - containerPort: 80
---
apiVersion: v1
kind: Service
metadata:
  name: inventory-svc
  namespace: shop
spec:
  selector:
    app: inventory-api
  ports:
    - port: 80
      targetPort: 8080
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: shop-client
  namespace: shop
spec:
  replicas: 1
  selector:
    matchLabels:
      app: shop-client
  template:
    metadata:
      labels:
        app: shop-client
    spec:
      containers:
        - name: client
          image: busybox:1.36
          command: ["sleep", "86400"]
YAML
