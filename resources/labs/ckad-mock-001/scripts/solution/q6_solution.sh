#!/usr/bin/env bash
# Reference answer for Q6.
# Waits stay within the runtime's 60 s script limit; they only matter while images are still being pulled.
set -eu
kubectl apply -f - <<'YAML'
apiVersion: batch/v1
kind: Job
metadata:
  name: batch-counter
  namespace: jupiter
spec:
  completions: 3
  parallelism: 2
  backoffLimit: 2
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: counter
          image: busybox:1.36
          command: ["sh", "-c", "echo processing item; sleep 2"]
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: nightly-report
  namespace: jupiter
spec:
  schedule: "30 2 * * *"
  successfulJobsHistoryLimit: 2
  failedJobsHistoryLimit: 1
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: report
              image: busybox:1.36
              command: ["sh", "-c", "date; echo nightly report"]
YAML
kubectl wait --for=condition=Complete job/batch-counter -n jupiter --timeout=50s
