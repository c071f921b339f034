#!/usr/bin/env bash
# Q8: deployment debug/ledger crash-loops: its command needs /etc/ledger/app.properties but the ConfigMap
# ledger-config holds the file under the key app.conf.
set -eu
kubectl --context cluster1 create namespace debug
mkdir -p /root/ckad && rm -f /root/ckad/ledger-error.txt
kubectl --context cluster1 apply -f - <<'YAML'
apiVersion: v1
kind: ConfigMap
metadata: {name: ledger-config, namespace: debug}
data:
  app.conf: |
    currency=EUR
    precision=2
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: ledger, namespace: debug}
spec:
  replicas: 1
  selector: {matchLabels: {app: ledger}}
  template:
    metadata: {labels: {app: ledger}}
    spec:
      containers:
      - name: ledger
        image: busybox:1.36
        command: [sh, -c, 'test -f /etc/ledger/app.properties || { echo "FATAL: /etc/ledger/app.properties not found"; exit 1; }; echo started; sleep 86400']
        volumeMounts: [{name: config, mountPath: /etc/ledger}]
      volumes:
      - {name: config, configMap: {name: ledger-config}}
YAML
