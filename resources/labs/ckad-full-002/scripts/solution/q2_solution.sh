#!/usr/bin/env bash
# Reference answer for Q2.
set -eu
kubectl --context cluster1 apply -f - <<'YAML'
apiVersion: v1
kind: Pod
metadata: {name: web-init, namespace: design}
spec:
  initContainers:
  - name: fetch
    image: busybox:1.36
    command: [sh, -c, 'echo "prepared by init" > /work/index.html']
    volumeMounts: [{name: html, mountPath: /work}]
  containers:
  - name: web
    image: nginx:1.27-alpine
    volumeMounts: [{name: html, mountPath: /usr/share/nginx/html}]
  volumes:
  - {name: html, emptyDir: {}}
YAML
kubectl --context cluster1 -n design wait --for=condition=Ready pod/web-init --timeout=90s
