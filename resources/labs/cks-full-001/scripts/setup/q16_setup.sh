#!/usr/bin/env bash
# Q16: three workloads started from scripts in ConfigMaps; one of them reads /etc/shadow every few seconds.
set -eu
ctx=cluster1
kubectl --context "$ctx" create namespace workloads --dry-run=client -o yaml | kubectl --context "$ctx" apply -f -
kubectl --context "$ctx" create configmap alpha-script -n workloads --from-literal=run.sh='while true; do date > /tmp/heartbeat; sleep 5; done' \
    --dry-run=client -o yaml | kubectl --context "$ctx" apply -f -
# shellcheck disable=SC2016 # the script runs in the pod, not here
kubectl --context "$ctx" create configmap bravo-script -n workloads --from-literal=run.sh='f=/etc/$(printf sh)adow; while true; do cat "$f" > /dev/null 2>&1; sleep 3; done' \
    --dry-run=client -o yaml | kubectl --context "$ctx" apply -f -
kubectl --context "$ctx" create configmap charlie-script -n workloads --from-literal=run.sh='while true; do ls /tmp > /dev/null; sleep 5; done' \
    --dry-run=client -o yaml | kubectl --context "$ctx" apply -f -
for app in alpha bravo charlie; do
    kubectl --context "$ctx" apply -f - <<YAML
apiVersion: apps/v1
kind: Deployment
metadata:
  name: $app
  namespace: workloads
spec:
  replicas: 1
  selector:
    matchLabels:
      app: $app
  template:
    metadata:
      labels:
        app: $app
    spec:
      containers:
        - name: main
          image: busybox:1.36
          command: ["sh", "/scripts/run.sh"]
          volumeMounts:
            - name: scripts
              mountPath: /scripts
      volumes:
        - name: scripts
          configMap:
            name: $app-script
YAML
done
