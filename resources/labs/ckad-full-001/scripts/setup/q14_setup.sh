#!/usr/bin/env bash
# Namespace net for this task.
set -eu
kubectl --context cluster1 create namespace net --dry-run=client -o yaml | kubectl --context cluster1 apply -f -
kubectl --context cluster1 apply -n net -f - <<'YAML'
apiVersion: apps/v1
kind: Deployment
metadata:
  name: backend
spec:
  replicas: 2
  selector:
    matchLabels: {app: backend}
  template:
    metadata:
      labels: {app: backend, tier: api}
    spec:
      containers:
        - name: nginx
          image: nginx:1.27-alpine
---
apiVersion: v1
kind: Pod
metadata:
  name: client
  labels: {app: client}
spec:
  containers:
    - name: client
      image: busybox:1.36
      command: ["sleep", "86400"]
YAML
