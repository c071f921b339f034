#!/usr/bin/env bash
# Q14: Backup ops/nightly runs at "0 2 * * *", keeps 7 days and targets s3://ckx-backups/nightly.
set -u
json=$(kubectl --context cluster1 -n ops get backups.ops.example.com nightly -o json 2>/dev/null) || { echo "No Backup nightly in namespace ops."; exit 1; }
jq -e '.spec.schedule == "0 2 * * *" and .spec.retentionDays == 7 and .spec.target == "s3://ckx-backups/nightly"' <<<"$json" >/dev/null ||
    { echo "Backup nightly is $(jq -c .spec <<<"$json")."; exit 1; }
echo "Backup nightly is as asked."
