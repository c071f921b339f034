#!/usr/bin/env bash
# Namespace obs for this task.
set -eu
kubectl --context cluster1 create namespace obs --dry-run=client -o yaml | kubectl --context cluster1 apply -f -
kubectl --context cluster1 apply -n obs -f - <<'YAML'
apiVersion: v1
kind: Pod
metadata:
  name: logger
spec:
  containers:
    - name: app
      image: busybox:1.36
      command: ["sh", "-c", "printf 'INFO start\\nERROR disk full\\nINFO retry\\nERROR timeout talking to db\\nINFO done\\n'; sleep 3600"]
    - name: proxy
      image: busybox:1.36
      command: ["sh", "-c", "echo 'ERROR proxy noise'; sleep 3600"]
YAML
rm -f /home/candidate/logger-errors.txt
