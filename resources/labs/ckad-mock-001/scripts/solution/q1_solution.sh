#!/usr/bin/env bash
# Reference answer for Q1.
# Waits stay within the runtime's 60 s script limit; they only matter while images are still being pulled.
set -eu
kubectl create namespace orion --dry-run=client -o yaml | kubectl apply -f -
# Pods are refused until the namespace's default ServiceAccount exists, which follows the namespace shortly.
for _ in $(seq 1 20); do
    kubectl get serviceaccount default -n orion >/dev/null 2>&1 && break
    sleep 0.5
done
kubectl apply -f - <<'YAML'
apiVersion: v1
kind: Pod
metadata:
  name: api
  namespace: orion
  labels:
    app: api
    tier: backend
spec:
  containers:
    - name: api
      image: nginx:1.25-alpine
      resources:
        requests:
          cpu: 100m
          memory: 64Mi
        limits:
          cpu: 200m
          memory: 128Mi
YAML
kubectl wait --for=condition=Ready pod/api -n orion --timeout=45s
