#!/usr/bin/env bash
# Reference answer for Q13.
set -eu
kubectl --context cluster1 -n config-lab create configmap app-settings --from-file=/root/ckad/app.properties
kubectl --context cluster1 -n config-lab create secret generic db-creds --from-literal=user=app --from-literal='password=Ckx-2026!'
kubectl --context cluster1 apply -f - <<'YAML'
apiVersion: v1
kind: Pod
metadata: {name: config-reader, namespace: config-lab}
spec:
  containers:
  - name: reader
    image: busybox:1.36
    command: [sleep, "86400"]
    env:
    - name: DB_USER
      valueFrom: {secretKeyRef: {name: db-creds, key: user}}
    volumeMounts:
    - {name: settings, mountPath: /etc/app}
    - {name: creds, mountPath: /etc/creds, readOnly: true}
  volumes:
  - {name: settings, configMap: {name: app-settings}}
  - {name: creds, secret: {secretName: db-creds}}
YAML
kubectl --context cluster1 -n config-lab wait --for=condition=Ready pod/config-reader --timeout=90s
