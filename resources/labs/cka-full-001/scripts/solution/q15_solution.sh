#!/usr/bin/env bash
# Reference answer for Q15.
set -eu
kubectl --context cluster1 apply -f - <<'YAML'
apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: log-agent
  namespace: node-agents
spec:
  selector:
    matchLabels:
      app: log-agent
  template:
    metadata:
      labels:
        app: log-agent
    spec:
      tolerations:
        - key: node-role.kubernetes.io/control-plane
          operator: Exists
          effect: NoSchedule
      containers:
        - name: agent
          image: busybox:1.36
          command: ["sleep", "86400"]
          resources:
            requests:
              cpu: 10m
              memory: 16Mi
YAML
kubectl --context cluster1 rollout status daemonset/log-agent -n node-agents --timeout=45s
