#!/usr/bin/env bash
# Reference answer for Q17: the PriorityClass, then the deployment that uses it and requires disk=nvme.
set -eu
kubectl --context cluster1 apply -f - <<'YAML'
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: {name: reports-high}
value: 100000
globalDefault: false
preemptionPolicy: PreemptLowerPriority
description: Report generation
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: reports, namespace: sched}
spec:
  replicas: 2
  selector: {matchLabels: {app: reports}}
  template:
    metadata: {labels: {app: reports}}
    spec:
      priorityClassName: reports-high
      affinity:
        nodeAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
            nodeSelectorTerms:
            - matchExpressions: [{key: disk, operator: In, values: [nvme]}]
      containers:
      - {name: web, image: nginx:1.27-alpine}
YAML
kubectl --context cluster1 -n sched rollout status deployment reports --timeout=120s
