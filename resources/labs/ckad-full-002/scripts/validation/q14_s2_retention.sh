#!/usr/bin/env bash
# Q14: /root/ckad/weekly-retention.txt holds the retentionDays of Backup ops/weekly.
set -u
want=$(kubectl --context cluster1 -n ops get backups.ops.example.com weekly -o jsonpath='{.spec.retentionDays}' 2>/dev/null)
got=$(tr -d '[:space:]' < /root/ckad/weekly-retention.txt 2>/dev/null)
if [ -z "$want" ] || [ "$got" != "$want" ]; then echo "/root/ckad/weekly-retention.txt holds '${got}', expected the retention of Backup weekly."; exit 1; fi
echo "weekly-retention.txt holds $want."
