#!/usr/bin/env bash
# Reference answer for Q4: bring green up, wait until it is ready, then switch the selector.
set -eu
kubectl --context cluster1 apply -f - <<'YAML'
apiVersion: apps/v1
kind: Deployment
metadata: {name: web-green, namespace: shop}
spec:
  replicas: 2
  selector: {matchLabels: {app: web, version: green}}
  template:
    metadata: {labels: {app: web, version: green}}
    spec:
      containers:
      - {name: web, image: nginx:1.27-alpine, ports: [{containerPort: 80}]}
YAML
kubectl --context cluster1 -n shop rollout status deployment web-green --timeout=90s
kubectl --context cluster1 -n shop patch service web -p '{"spec":{"selector":{"app":"web","version":"green"}}}'
sleep 3
