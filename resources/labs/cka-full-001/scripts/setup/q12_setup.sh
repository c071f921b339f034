#!/usr/bin/env bash
# Q12: a StatefulSet whose governing headless service is missing.
set -eu
ctx=cluster1
kubectl --context "$ctx" create namespace net3 --dry-run=client -o yaml | kubectl --context "$ctx" apply -f -
kubectl --context "$ctx" apply -f - <<'YAML'
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: web
  namespace: net3
spec:
  serviceName: web-headless
  replicas: 2
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - name: web
          image: nginx:1.27-alpine
          ports:
            - name: http
              containerPort: 80
YAML
