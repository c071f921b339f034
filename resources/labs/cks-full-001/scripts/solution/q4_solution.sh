#!/usr/bin/env bash
# Reference answer for Q4.
set -eu
kubectl --context cluster1 apply -f - <<'YAML'
apiVersion: v1
kind: ServiceAccount
metadata:
  name: backend
  namespace: tokens
automountServiceAccountToken: false
---
apiVersion: v1
kind: Pod
metadata:
  name: backend
  namespace: tokens
spec:
  serviceAccountName: backend
  automountServiceAccountToken: false
  containers:
    - name: app
      image: nginx:1.27-alpine
      volumeMounts:
        - name: vault-token
          mountPath: /var/run/secrets/vault
          readOnly: true
  volumes:
    - name: vault-token
      projected:
        sources:
          - serviceAccountToken:
              audience: vault
              expirationSeconds: 3600
              path: token
YAML
kubectl --context cluster1 wait --for=condition=Ready pod/backend -n tokens --timeout=45s
