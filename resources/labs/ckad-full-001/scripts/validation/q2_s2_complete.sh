#!/usr/bin/env bash
# Q2: 4 successful pods.
set -u
ok=$(kubectl --context cluster1 get job crunch -n batch -o jsonpath='{.status.succeeded}' 2>/dev/null)
[ "${ok:-0}" = "4" ] || { echo "Job 'crunch' has ${ok:-0} successful completions, expected 4."; exit 1; }
echo "Job 'crunch' completed 4 times."
