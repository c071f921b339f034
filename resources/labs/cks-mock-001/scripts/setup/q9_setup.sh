#!/usr/bin/env bash
# Q9: a deployment manifest with security findings in the candidate's home (not applied yet).
set -eu
ctx=cluster1
kubectl --context "$ctx" create namespace shopfront --dry-run=client -o yaml | kubectl --context "$ctx" apply -f -
install -d -o candidate -g candidate /home/candidate/review
cat > /home/candidate/review/web.yaml <<'YAML'
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shopfront
spec:
  replicas: 1
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      hostPID: true
      containers:
        - name: web
          image: nginx:1.27-alpine
          env:
            - name: DB_PASSWORD
              value: hunter2
          securityContext:
            privileged: true
YAML
chown candidate:candidate /home/candidate/review/web.yaml
