#!/usr/bin/env bash
# Reference answer for Q13.
set -eu
ctx=cluster1
kubectl --context "$ctx" apply -f - <<'YAML'
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata:
  name: critical-batch
value: 100000
globalDefault: false
preemptionPolicy: PreemptLowerPriority
description: batch jobs that may preempt others
YAML
kubectl --context "$ctx" patch deployment batch -n sched --type merge -p '{"spec":{"template":{"spec":{"priorityClassName":"critical-batch"}}}}'
kubectl --context "$ctx" rollout status deployment/batch -n sched --timeout=45s
