#!/usr/bin/env bash
# Q9: the payments namespace with its database, and a monitoring namespace labelled team=monitoring.
set -eu
ctx=cluster1
kubectl --context "$ctx" create namespace payments --dry-run=client -o yaml | kubectl --context "$ctx" apply -f -
kubectl --context "$ctx" create namespace monitoring --dry-run=client -o yaml | kubectl --context "$ctx" apply -f -
kubectl --context "$ctx" label namespace monitoring team=monitoring --overwrite
kubectl --context "$ctx" apply -f - <<'YAML'
apiVersion: apps/v1
kind: Deployment
metadata:
  name: db
  namespace: payments
spec:
  replicas: 1
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
          image: nginx:1.27-alpine
          ports:
            - containerPort: 80
YAML
