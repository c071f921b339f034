#!/usr/bin/env bash
# Q6: job batch-counter completed 3 times successfully.
set -u
ns=jupiter
got=$(kubectl get job batch-counter -n "$ns" -o jsonpath='{.status.succeeded} {.status.conditions[?(@.type=="Complete")].status}' 2>/dev/null) || {
    echo "No job 'batch-counter' in namespace '$ns'."
    exit 1
}
read -r succeeded complete <<<"$got"
if [ "${succeeded:-0}" != "3" ] || [ "${complete:-}" != "True" ]; then
    echo "Job 'batch-counter' has ${succeeded:-0} of 3 successful completions and is not complete."
    exit 1
fi
echo "Job 'batch-counter' completed 3 times."
