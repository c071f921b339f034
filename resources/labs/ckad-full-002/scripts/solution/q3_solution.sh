#!/usr/bin/env bash
# Reference answer for Q3.
set -eu
kubectl --context cluster1 apply -f - <<'YAML'
apiVersion: batch/v1
kind: CronJob
metadata: {name: cleanup, namespace: design}
spec:
  schedule: "*/15 * * * *"
  concurrencyPolicy: Forbid
  successfulJobsHistoryLimit: 2
  failedJobsHistoryLimit: 1
  startingDeadlineSeconds: 60
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
          - name: cleanup
            image: busybox:1.36
            command: [sh, -c, 'echo cleaning; rm -rf /tmp/*']
YAML
kubectl --context cluster1 -n design create job cleanup-manual --from=cronjob/cleanup
kubectl --context cluster1 -n design wait --for=condition=Complete job/cleanup-manual --timeout=90s
