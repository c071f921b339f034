#!/usr/bin/env bash
# Reference answer for Q1.
set -eu
kubectl --context cluster1 apply -f - <<'YAML'
apiVersion: batch/v1
kind: Job
metadata: {name: checksum, namespace: batch}
spec:
  completions: 6
  parallelism: 2
  backoffLimit: 3
  activeDeadlineSeconds: 120
  template:
    spec:
      restartPolicy: Never
      containers:
      - name: checksum
        image: busybox:1.36
        command: [sh, -c, 'echo ckx | sha256sum']
YAML
kubectl --context cluster1 -n batch wait --for=condition=Complete job/checksum --timeout=110s
