#!/usr/bin/env bash
# Q12: namespaces payments and monitoring (the latter without its team label), the payments pods and a default
# deny for ingress in payments; no allow policy yet.
set -eu
kubectl --context cluster1 create namespace payments
kubectl --context cluster1 create namespace monitoring
kubectl --context cluster1 apply -f - <<'YAML'
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: default-deny-ingress, namespace: payments}
spec:
  podSelector: {}
  policyTypes: [Ingress]
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: payments, namespace: payments}
spec:
  replicas: 1
  selector: {matchLabels: {app: payments}}
  template:
    metadata: {labels: {app: payments}}
    spec:
      containers:
      - {name: web, image: nginx:1.27-alpine, ports: [{containerPort: 80}]}
YAML
