#!/usr/bin/env bash
# Q3: the deployment the services have to expose, and a pod the selector must not catch.
set -eu
kubectl create namespace neptune --dry-run=client -o yaml | kubectl apply -f -
kubectl apply -f - <<'YAML'
apiVersion: apps/v1
kind: Deployment
metadata:
  name: catalog
  namespace: neptune
spec:
  replicas: 2
  selector:
    matchLabels:
      app: catalog
      tier: api
  template:
    metadata:
      labels:
        app: catalog
        tier: api
    spec:
      containers:
        - name: catalog
          image: nginx:1.25-alpine
          ports:
            - name: http
              containerPort: 80
---
apiVersion: v1
kind: Pod
metadata:
  name: catalog-debug
  namespace: neptune
  labels:
    app: catalog
    tier: debug
spec:
  containers:
    - name: debug
      image: busybox:1.36
      command: ["sleep", "86400"]
YAML
