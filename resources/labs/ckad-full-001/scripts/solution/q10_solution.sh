#!/usr/bin/env bash
# Reference answer for Q10.
set -eu
kubectl --context cluster1 create configmap app-settings -n config --from-file=/home/candidate/settings.properties \
    --dry-run=client -o yaml | kubectl --context cluster1 apply -f -
kubectl --context cluster1 create secret generic db-secret -n config --from-literal=user=app --from-literal=password=Pa55w0rd \
    --dry-run=client -o yaml | kubectl --context cluster1 apply -f -
kubectl --context cluster1 apply -f - <<'YAML'
apiVersion: v1
kind: Pod
metadata:
  name: settings-app
  namespace: config
spec:
  containers:
    - name: app
      image: busybox:1.36
      command: ["sleep", "3600"]
      volumeMounts:
        - name: settings
          mountPath: /etc/app
        - name: db
          mountPath: /etc/db
          readOnly: true
  volumes:
    - name: settings
      configMap:
        name: app-settings
    - name: db
      secret:
        secretName: db-secret
        defaultMode: 0400
YAML
kubectl --context cluster1 wait --for=condition=Ready pod/settings-app -n config --timeout=50s
