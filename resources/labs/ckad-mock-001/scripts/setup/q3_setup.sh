#!/usr/bin/env bash
# Q3: the deployment the services have to expose, and a pod the selector must not catch.
set -eu
kubectl create namespace neptune --dry-run=client -o yaml | kubectl apply -f -
# Pods are refused until the namespace's default ServiceAccount exists, which follows the namespace shortly.
for _ in $(seq 1 60); do
    kubectl get serviceaccount default -n neptune >/dev/null 2>&1 && break
    sleep 0.5
done
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
