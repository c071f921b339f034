#!/usr/bin/env bash
# Q2: deployment checkout cannot run: it requests 64Gi of memory (Pending) and, once scheduled, nginx is started
# with a config file that does not exist (CrashLoopBackOff).
set -eu
ctx=cluster1
kubectl --context "$ctx" create namespace triage --dry-run=client -o yaml | kubectl --context "$ctx" apply -f -
kubectl --context "$ctx" apply -f - <<'YAML'
apiVersion: apps/v1
kind: Deployment
metadata:
  name: checkout
  namespace: triage
  labels:
    app: checkout
spec:
  replicas: 2
  selector:
    matchLabels:
      app: checkout
  template:
    metadata:
      labels:
        app: checkout
    spec:
      containers:
        - name: web
          image: nginx:1.27-alpine
          command: ["nginx", "-g", "daemon off;", "-c", "/etc/nginx/conf.d/checkout.conf"]
          ports:
            - containerPort: 80
          resources:
            requests:
              memory: 64Gi
              cpu: 50m
YAML
