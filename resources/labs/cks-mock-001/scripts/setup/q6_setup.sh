#!/usr/bin/env bash
# Q6: namespace team-a without Pod Security labels, and a deployment that the restricted profile would reject.
set -eu
ctx=cluster1
kubectl --context "$ctx" create namespace team-a --dry-run=client -o yaml | kubectl --context "$ctx" apply -f -
kubectl --context "$ctx" apply -f - <<'YAML'
apiVersion: apps/v1
kind: Deployment
metadata:
  name: legacy
  namespace: team-a
spec:
  replicas: 1
  selector:
    matchLabels:
      app: legacy
  template:
    metadata:
      labels:
        app: legacy
    spec:
      containers:
        - name: app
          image: busybox:1.36
          command: ["sleep", "86400"]
YAML
