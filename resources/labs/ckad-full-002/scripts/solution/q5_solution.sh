#!/usr/bin/env bash
# Reference answer for Q5: one canary pod under the same app label, the stable one scaled to 4.
set -eu
kubectl --context cluster1 apply -f - <<'YAML'
apiVersion: apps/v1
kind: Deployment
metadata: {name: api-v2, namespace: canary}
spec:
  replicas: 1
  selector: {matchLabels: {app: api, track: canary}}
  template:
    metadata: {labels: {app: api, track: canary}}
    spec:
      containers:
      - {name: api, image: nginx:1.27-alpine, env: [{name: VERSION, value: v2}]}
YAML
kubectl --context cluster1 -n canary scale deployment api-v1 --replicas=4
kubectl --context cluster1 -n canary rollout status deployment api-v2 --timeout=90s
kubectl --context cluster1 -n canary rollout status deployment api-v1 --timeout=90s
for _ in $(seq 30); do
    [ "$(kubectl --context cluster1 -n canary get pods -l app=api -o name | wc -l)" = 5 ] && break
    sleep 2
done
