#!/usr/bin/env bash
# Reference answer for Q13.
set -eu
kubectl --context cluster1 apply -f - <<'YAML'
apiVersion: v1
kind: ResourceQuota
metadata:
  name: team-quota
  namespace: quota
spec:
  hard:
    pods: "5"
    requests.cpu: "1"
    requests.memory: 1Gi
    limits.cpu: "2"
    limits.memory: 2Gi
---
apiVersion: v1
kind: LimitRange
metadata:
  name: defaults
  namespace: quota
spec:
  limits:
    - type: Container
      defaultRequest:
        cpu: 100m
        memory: 128Mi
      default:
        cpu: 200m
        memory: 256Mi
YAML
kubectl --context cluster1 run quota-test -n quota --image=busybox:1.36 --restart=Never -- sleep 3600
