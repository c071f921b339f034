#!/usr/bin/env bash
# Reference answer for Q9.
set -eu
ctx=cluster1
kubectl --context "$ctx" create secret generic web-db -n shopfront --from-literal=password=hunter2
cat > "$HOME/review/web.yaml" <<'YAML'
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
      automountServiceAccountToken: false
      containers:
        - name: web
          image: nginx:1.27-alpine
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: web-db
                  key: password
          securityContext:
            allowPrivilegeEscalation: false
            readOnlyRootFilesystem: true
          volumeMounts:
            - name: cache
              mountPath: /var/cache/nginx
            - name: run
              mountPath: /var/run
            - name: tmp
              mountPath: /tmp
      volumes:
        - name: cache
          emptyDir: {}
        - name: run
          emptyDir: {}
        - name: tmp
          emptyDir: {}
YAML
kubectl --context "$ctx" apply -f "$HOME/review/web.yaml"
kubectl --context "$ctx" rollout status deployment/web -n shopfront --timeout=45s
