#!/usr/bin/env bash
# Q9: a deployment that reads its database password from an environment variable.
set -eu
ctx=cluster1
kubectl --context "$ctx" create namespace secrets-app --dry-run=client -o yaml | kubectl --context "$ctx" apply -f -
kubectl --context "$ctx" create secret generic db-creds -n secrets-app --from-literal=username=app --from-literal=password=Tr0ub4dor \
    --dry-run=client -o yaml | kubectl --context "$ctx" apply -f -
kubectl --context "$ctx" apply -f - <<'YAML'
apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  namespace: secrets-app
spec:
  replicas: 1
  selector:
    matchLabels:
      app: api
  template:
    metadata:
      labels:
        app: api
    spec:
      containers:
        - name: api
          image: busybox:1.36
          command: ["sleep", "86400"]
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: db-creds
                  key: password
YAML
