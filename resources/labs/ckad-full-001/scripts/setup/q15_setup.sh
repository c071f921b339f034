#!/usr/bin/env bash
# Namespace ingress for this task.
set -eu
kubectl --context cluster1 create namespace ingress --dry-run=client -o yaml | kubectl --context cluster1 apply -f -
kubectl --context cluster1 apply -n ingress -f - <<'YAML'
apiVersion: v1
kind: Service
metadata:
  name: web-svc
spec:
  selector: {app: web}
  ports:
    - port: 80
---
apiVersion: v1
kind: Service
metadata:
  name: api-svc
spec:
  selector: {app: api}
  ports:
    - port: 80
YAML
