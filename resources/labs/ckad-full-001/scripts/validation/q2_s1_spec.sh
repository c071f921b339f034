#!/usr/bin/env bash
# Q2: the Job's spec.
set -u
got=$(kubectl --context cluster1 get job crunch -n batch -o jsonpath='{.spec.completions} {.spec.parallelism} {.spec.backoffLimit} {.spec.template.spec.containers[0].image}' 2>/dev/null) || { echo "No Job 'crunch' in namespace 'batch'."; exit 1; }
[ "$got" = "4 2 3 busybox:1.36" ] || { echo "Job 'crunch' has completions/parallelism/backoffLimit/image '$got', expected '4 2 3 busybox:1.36'."; exit 1; }
echo "Job 'crunch' is specified as asked."
