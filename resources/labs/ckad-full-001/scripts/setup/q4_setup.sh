#!/usr/bin/env bash
# Namespace orbit for this task.
set -eu
kubectl --context cluster1 create namespace orbit --dry-run=client -o yaml | kubectl --context cluster1 apply -f -
kubectl --context cluster1 apply -n orbit -f - <<'YAML'
apiVersion: apps/v1
kind: Deployment
metadata:
  name: frontend
spec:
  replicas: 2
  selector:
    matchLabels: {app: frontend}
  template:
    metadata:
      labels: {app: frontend}
    spec:
      containers:
        - name: nginx
          image: nginx:1.24-alpine
YAML
kubectl --context cluster1 rollout status deployment/frontend -n orbit --timeout=20s || true
kubectl --context cluster1 set image deployment/frontend -n orbit nginx=nginx:1.25-alpine
kubectl --context cluster1 rollout status deployment/frontend -n orbit --timeout=20s || true
# Deliberately an image that exists nowhere (the broken rollout of the task), so it is not declared in config.json.
missing=nginx:0.0-does-not-exist
kubectl --context cluster1 set image deployment/frontend -n orbit nginx="$missing"
rm -f /home/candidate/frontend-revision.txt
