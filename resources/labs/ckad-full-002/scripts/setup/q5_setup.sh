#!/usr/bin/env bash
# Q5: the stable api (5 replicas, track=stable) behind the Service api that selects app=api only.
set -eu
kubectl --context cluster1 create namespace canary
kubectl --context cluster1 apply -f - <<'YAML'
apiVersion: apps/v1
kind: Deployment
metadata: {name: api-v1, namespace: canary}
spec:
  replicas: 5
  selector: {matchLabels: {app: api, track: stable}}
  template:
    metadata: {labels: {app: api, track: stable}}
    spec:
      containers:
      - {name: api, image: nginx:1.27-alpine, env: [{name: VERSION, value: v1}]}
---
apiVersion: v1
kind: Service
metadata: {name: api, namespace: canary}
spec:
  selector: {app: api}
  ports: [{port: 80, targetPort: 80}]
YAML
