#!/usr/bin/env bash
# Reference answer for Q12.
set -eu
kubectl --context cluster1 apply -f - <<'YAML'
apiVersion: v1
kind: Service
metadata:
  name: web-headless
  namespace: net3
spec:
  clusterIP: None
  selector:
    app: web
  ports:
    - port: 80
---
apiVersion: v1
kind: Service
metadata:
  name: web-public
  namespace: net3
spec:
  type: NodePort
  selector:
    app: web
  ports:
    - port: 80
      targetPort: 80
      nodePort: 30090
YAML
kubectl --context cluster1 rollout status statefulset/web -n net3 --timeout=45s
sleep 3
