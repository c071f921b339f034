#!/usr/bin/env bash
# Namespace debug for this task.
set -eu
kubectl --context cluster1 create namespace debug --dry-run=client -o yaml | kubectl --context cluster1 apply -f -
kubectl --context cluster1 apply -n debug -f - <<'YAML'
apiVersion: v1
kind: ConfigMap
metadata:
  name: api-conf
data:
  app.conf: "mode=prod"
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: broken-api
spec:
  replicas: 1
  selector:
    matchLabels: {app: broken-api}
  template:
    metadata:
      labels: {app: broken-api}
    spec:
      containers:
        - name: api
          image: busybox:1.36
          command: ["sh", "-c", "grep -q mode=prod /config/app.conf && touch /tmp/ready && sleep 3600"]
          readinessProbe:
            exec:
              command: ["cat", "/tmp/ready"]
            periodSeconds: 2
          volumeMounts:
            - name: config
              mountPath: /config
      volumes:
        - name: config
          configMap:
            name: api-config
YAML
