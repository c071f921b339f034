#!/usr/bin/env bash
# Q4: billing/invoice selects a label the pods do not carry and targets a port name the pods do not declare,
# so it has no endpoints. A client pod waits in the namespace.
set -eu
kubectl --context cluster1 create namespace billing
kubectl --context cluster1 apply -f - <<'YAML'
apiVersion: apps/v1
kind: Deployment
metadata: {name: invoice, namespace: billing}
spec:
  replicas: 2
  selector: {matchLabels: {app: invoice}}
  template:
    metadata: {labels: {app: invoice, tier: api}}
    spec:
      containers:
      - name: web
        image: nginx:1.27-alpine
        ports: [{name: http, containerPort: 80}]
---
apiVersion: v1
kind: Service
metadata: {name: invoice, namespace: billing}
spec:
  selector: {app: invoices}
  ports: [{name: http, port: 80, targetPort: web}]
---
apiVersion: v1
kind: Pod
metadata: {name: client, namespace: billing}
spec:
  containers:
  - {name: client, image: busybox:1.36, command: [sleep, "86400"]}
YAML
