#!/usr/bin/env bash
# Reference answer for Q2.
set -eu
kubectl --context cluster1 apply -f - <<'YAML'
apiVersion: batch/v1
kind: Job
metadata:
  name: crunch
  namespace: batch
spec:
  completions: 4
  parallelism: 2
  backoffLimit: 3
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: crunch
          image: busybox:1.36
          command: ["sh", "-c", "echo crunched; sleep 2"]
YAML
kubectl --context cluster1 wait --for=condition=complete job/crunch -n batch --timeout=55s
