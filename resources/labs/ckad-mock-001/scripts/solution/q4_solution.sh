#!/usr/bin/env bash
# Reference answer for Q4.
# Waits stay within the runtime's 60 s script limit; they only matter while images are still being pulled.
set -eu
ns=venus
kubectl create configmap app-config -n "$ns" --from-literal=APP_COLOR=blue --from-literal=APP_MODE=prod \
    --dry-run=client -o yaml | kubectl apply -f -
kubectl create secret generic db-cred -n "$ns" --from-literal=username=admin --from-literal=password=s3cr3t-pass \
    --dry-run=client -o yaml | kubectl apply -f -
kubectl apply -f - <<'YAML'
apiVersion: v1
kind: Pod
metadata:
  name: config-app
  namespace: venus
spec:
  containers:
    - name: app
      image: busybox:1.36
      command: ["sleep", "86400"]
      envFrom:
        - configMapRef:
            name: app-config
      env:
        - name: DB_PASSWORD
          valueFrom:
            secretKeyRef:
              name: db-cred
              key: password
      volumeMounts:
        - name: db-cred
          mountPath: /etc/db
          readOnly: true
  volumes:
    - name: db-cred
      secret:
        secretName: db-cred
YAML
kubectl wait --for=condition=Ready pod/config-app -n "$ns" --timeout=50s
