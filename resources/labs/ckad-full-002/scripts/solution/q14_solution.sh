#!/usr/bin/env bash
# Reference answer for Q14.
set -eu
kubectl --context cluster1 apply -f - <<'YAML'
apiVersion: ops.example.com/v1
kind: Backup
metadata: {name: nightly, namespace: ops}
spec: {schedule: "0 2 * * *", retentionDays: 7, target: s3://ckx-backups/nightly}
YAML
mkdir -p /root/ckad
kubectl --context cluster1 -n ops get bk weekly -o jsonpath='{.spec.retentionDays}' > /root/ckad/weekly-retention.txt
