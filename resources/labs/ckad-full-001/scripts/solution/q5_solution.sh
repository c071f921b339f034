#!/usr/bin/env bash
# Reference answer for Q5.
set -eu
kubectl --context cluster1 scale deployment shop-v1 -n canary --replicas=3
kubectl --context cluster1 apply -f - <<'YAML'
apiVersion: apps/v1
kind: Deployment
metadata:
  name: shop-v2
  namespace: canary
spec:
  replicas: 1
  selector:
    matchLabels: {app: shop, version: v2}
  template:
    metadata:
      labels: {app: shop, version: v2}
    spec:
      containers:
        - name: nginx
          image: nginx:1.27-alpine
YAML
kubectl --context cluster1 rollout status deployment/shop-v2 -n canary --timeout=50s
