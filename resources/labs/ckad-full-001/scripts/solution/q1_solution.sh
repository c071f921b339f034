#!/usr/bin/env bash
# Reference answer for Q1.
set -eu
kubectl --context cluster1 apply -f - <<'YAML'
apiVersion: v1
kind: Pod
metadata:
  name: web-init
  namespace: atlas
spec:
  initContainers:
    - name: prepare
      image: busybox:1.36
      command: ["sh", "-c", "echo ready > /work/index.html"]
      volumeMounts:
        - name: content
          mountPath: /work
  containers:
    - name: web
      image: nginx:1.27-alpine
      volumeMounts:
        - name: content
          mountPath: /usr/share/nginx/html
  volumes:
    - name: content
      emptyDir: {}
YAML
kubectl --context cluster1 wait --for=condition=Ready pod/web-init -n atlas --timeout=50s
