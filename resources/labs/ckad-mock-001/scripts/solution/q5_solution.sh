#!/usr/bin/env bash
# Reference answer for Q5.
# Waits stay within the runtime's 60 s script limit; they only matter while images are still being pulled.
set -eu
kubectl apply -f - <<'YAML'
apiVersion: v1
kind: Pod
metadata:
  name: healthy-web
  namespace: mars
spec:
  containers:
    - name: web
      image: nginx:1.25-alpine
      ports:
        - containerPort: 80
      readinessProbe:
        httpGet:
          path: /
          port: 80
        initialDelaySeconds: 5
        periodSeconds: 10
      livenessProbe:
        tcpSocket:
          port: 80
        initialDelaySeconds: 10
        periodSeconds: 20
YAML
kubectl wait --for=condition=Ready pod/healthy-web -n mars --timeout=50s
