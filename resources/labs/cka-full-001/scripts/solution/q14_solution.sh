#!/usr/bin/env bash
# Reference answer for Q14.
set -eu
kubectl --context cluster1 apply -f - <<'YAML'
apiVersion: apps/v1
kind: Deployment
metadata:
  name: spread
  namespace: sched
spec:
  replicas: 2
  selector:
    matchLabels:
      app: spread
  template:
    metadata:
      labels:
        app: spread
    spec:
      affinity:
        podAntiAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
            - topologyKey: kubernetes.io/hostname
              labelSelector:
                matchLabels:
                  app: spread
      containers:
        - name: web
          image: nginx:1.27-alpine
YAML
kubectl --context cluster1 rollout status deployment/spread -n sched --timeout=45s
