#!/usr/bin/env bash
# Reference answer for Q7.
set -eu
kubectl --context cluster1 apply -f - <<'YAML'
apiVersion: v1
kind: Pod
metadata:
  name: slow-web
  namespace: probes
spec:
  containers:
    - name: web
      image: nginx:1.27-alpine
      startupProbe:
        httpGet: {path: /, port: 80}
        periodSeconds: 2
        failureThreshold: 30
      livenessProbe:
        tcpSocket: {port: 80}
        periodSeconds: 10
      readinessProbe:
        httpGet: {path: /, port: 80}
        periodSeconds: 5
YAML
kubectl --context cluster1 wait --for=condition=Ready pod/slow-web -n probes --timeout=55s
