#!/usr/bin/env bash
# Q17: pod reports-reader in reports runs with the claim reports-pvc mounted read-only at /reports.
set -u
json=$(kubectl --context cluster1 get pod reports-reader -n reports -o json 2>/dev/null) || { echo "No pod 'reports-reader' in 'reports'."; exit 1; }
jq -e '.status.phase == "Running"' <<<"$json" >/dev/null || { echo "Pod 'reports-reader' is not Running."; exit 1; }
if ! jq -e '.spec as $s | [$s.volumes[]? | select(.persistentVolumeClaim.claimName == "reports-pvc")] as $v | ($v | length) > 0
    and any($s.containers[]; any(.volumeMounts[]?; .name as $n | any($v[]; .name == $n) and (.mountPath | rtrimstr("/")) == "/reports"
        and (.readOnly == true or any($v[]; .name == $n and .persistentVolumeClaim.readOnly == true))))' <<<"$json" >/dev/null; then
    echo "Pod 'reports-reader' does not mount reports-pvc read-only at /reports."
    exit 1
fi
echo "Pod 'reports-reader' reads the reports."
