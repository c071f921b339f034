#!/usr/bin/env bash
# Reference answer for Q15: without nodeTaintsPolicy Honor the tainted control plane counts as an empty domain
# and caps every worker at one pod.
set -eu
kubectl --context cluster1 apply -f - <<'YAML'
apiVersion: apps/v1
kind: Deployment
metadata: {name: edge-web, namespace: edge}
spec:
  replicas: 4
  selector: {matchLabels: {app: edge-web}}
  template:
    metadata: {labels: {app: edge-web}}
    spec:
      topologySpreadConstraints:
      - maxSkew: 1
        topologyKey: kubernetes.io/hostname
        whenUnsatisfiable: DoNotSchedule
        nodeTaintsPolicy: Honor
        labelSelector: {matchLabels: {app: edge-web}}
      containers:
      - {name: web, image: nginx:1.27-alpine}
YAML
kubectl --context cluster1 -n edge rollout status deployment edge-web --timeout=120s
