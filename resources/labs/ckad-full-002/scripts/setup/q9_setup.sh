#!/usr/bin/env bash
# Q9: a manifest written for an old cluster (autoscaling/v2beta2 HPA, policy/v1beta1 PDB, both removed) at
# /root/ckad/legacy/app.yaml; the namespace legacy is empty.
set -eu
kubectl --context cluster1 create namespace legacy
mkdir -p /root/ckad/legacy
cat > /root/ckad/legacy/app.yaml <<'YAML'
apiVersion: apps/v1
kind: Deployment
metadata: {name: legacy-web, namespace: legacy}
spec:
  replicas: 2
  selector: {matchLabels: {app: legacy-web}}
  template:
    metadata: {labels: {app: legacy-web}}
    spec:
      containers:
      - name: web
        image: nginx:1.27-alpine
        resources: {requests: {cpu: 50m, memory: 32Mi}, limits: {cpu: 100m, memory: 64Mi}}
---
apiVersion: autoscaling/v2beta2
kind: HorizontalPodAutoscaler
metadata: {name: legacy-web, namespace: legacy}
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: legacy-web}
  minReplicas: 2
  maxReplicas: 5
  metrics:
  - type: Resource
    resource: {name: cpu, target: {type: Utilization, averageUtilization: 70}}
---
apiVersion: policy/v1beta1
kind: PodDisruptionBudget
metadata: {name: legacy-web, namespace: legacy}
spec:
  minAvailable: 1
  selector: {matchLabels: {app: legacy-web}}
YAML
