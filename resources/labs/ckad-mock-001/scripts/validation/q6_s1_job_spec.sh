#!/usr/bin/env bash
# Q6: job batch-counter runs busybox:1.36 3 times, 2 at a time, with at most 2 retries.
set -u
ns=jupiter
got=$(kubectl get job batch-counter -n "$ns" -o jsonpath='{.spec.completions} {.spec.parallelism} {.spec.backoffLimit} {.spec.template.spec.containers[0].image}' 2>/dev/null) || {
    echo "No job 'batch-counter' in namespace '$ns'."
    exit 1
}
read -r completions parallelism backoff image <<<"$got"
if [ "$completions" != "3" ] || [ "$parallelism" != "2" ] || [ "$backoff" != "2" ]; then
    echo "Job 'batch-counter' has completions=$completions parallelism=$parallelism backoffLimit=$backoff, expected 3, 2, 2."
    exit 1
fi
[ "$image" = "busybox:1.36" ] || { echo "Job 'batch-counter' uses image '$image', expected 'busybox:1.36'."; exit 1; }
echo "Job 'batch-counter' has the expected spec."
