#!/usr/bin/env bash
# Q3: cluster2 runs on the restored data: namespace post-backup (created after the snapshot) is gone and ledger is back.
set -u
kubectl --context cluster2 get namespace ledger -o name >/dev/null 2>&1 || { echo "Namespace ledger is not back."; exit 1; }
phase=$(kubectl --context cluster2 get namespace ledger -o jsonpath='{.status.phase}' 2>/dev/null)
[ "$phase" = "Active" ] || { echo "Namespace ledger is $phase."; exit 1; }
if kubectl --context cluster2 get namespace post-backup -o name >/dev/null 2>&1; then
    echo "Namespace post-backup still exists: cluster2 does not run on the restored snapshot."
    exit 1
fi
echo "cluster2 runs on the restored snapshot."
