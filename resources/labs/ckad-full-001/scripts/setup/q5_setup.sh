#!/usr/bin/env bash
# Namespace canary for this task.
set -eu
kubectl --context cluster1 create namespace canary --dry-run=client -o yaml | kubectl --context cluster1 apply -f -
kubectl --context cluster1 apply -n canary -f - <<'YAML'
apiVersion: apps/v1
kind: Deployment
metadata:
  name: shop-v1
spec:
  replicas: 4
  selector:
    matchLabels: {app: shop, version: v1}
  template:
    metadata:
      labels: {app: shop, version: v1}
    spec:
      containers:
        - name: nginx
          image: nginx:1.25-alpine
---
apiVersion: v1
kind: Service
metadata:
  name: shop
spec:
  selector: {app: shop}
  ports:
    - port: 80
      targetPort: 80
YAML
