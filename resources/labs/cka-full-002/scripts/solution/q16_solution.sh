#!/usr/bin/env bash
# Reference answer for Q16: the quota and the default requests/limits.
set -eu
kubectl --context cluster1 -n quota-lab create quota compute-quota --hard=requests.cpu=1,requests.memory=1Gi,limits.cpu=2,limits.memory=2Gi,pods=5
kubectl --context cluster1 apply -f - <<'YAML'
apiVersion: v1
kind: LimitRange
metadata: {name: container-defaults, namespace: quota-lab}
spec:
  limits:
  - type: Container
    defaultRequest: {cpu: 100m, memory: 128Mi}
    default: {cpu: 200m, memory: 256Mi}
YAML
for _ in $(seq 20); do
    [ -n "$(kubectl --context cluster1 -n quota-lab get resourcequota compute-quota -o jsonpath='{.status.hard.pods}')" ] && break
    sleep 1
done
