#!/usr/bin/env bash
# Q4: the blue version of the shop runs behind the Service web; there is no green version yet.
set -eu
kubectl --context cluster1 create namespace shop
kubectl --context cluster1 apply -f - <<'YAML'
apiVersion: apps/v1
kind: Deployment
metadata: {name: web-blue, namespace: shop}
spec:
  replicas: 2
  selector: {matchLabels: {app: web, version: blue}}
  template:
    metadata: {labels: {app: web, version: blue}}
    spec:
      containers:
      - {name: web, image: nginx:1.27-alpine, ports: [{containerPort: 80}]}
---
apiVersion: v1
kind: Service
metadata: {name: web, namespace: shop}
spec:
  selector: {app: web, version: blue}
  ports: [{port: 80, targetPort: 80}]
YAML
