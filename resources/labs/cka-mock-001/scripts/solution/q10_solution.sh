#!/usr/bin/env bash
# Reference answer for Q10.
set -eu
ctx=cluster1
node=$(ssh cluster1-node01 hostname)
kubectl --context "$ctx" taint node "$node" dedicated=gpu:NoSchedule --overwrite
kubectl --context "$ctx" label node "$node" accelerator=gpu-a100 --overwrite
kubectl --context "$ctx" apply -f - <<'YAML'
apiVersion: apps/v1
kind: Deployment
metadata:
  name: trainer
  namespace: ml
spec:
  replicas: 2
  selector:
    matchLabels:
      app: trainer
  template:
    metadata:
      labels:
        app: trainer
    spec:
      tolerations:
        - key: dedicated
          operator: Equal
          value: gpu
          effect: NoSchedule
      affinity:
        nodeAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
            nodeSelectorTerms:
              - matchExpressions:
                  - key: accelerator
                    operator: In
                    values: ["gpu-a100"]
      containers:
        - name: trainer
          image: busybox:1.36
          command: ["sleep", "86400"]
YAML
kubectl --context "$ctx" rollout status deployment/trainer -n ml --timeout=45s
