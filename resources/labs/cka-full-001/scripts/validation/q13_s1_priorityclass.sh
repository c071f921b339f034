#!/usr/bin/env bash
# Q13: PriorityClass critical-batch: value 100000, not the global default, preempts lower priorities.
set -u
json=$(kubectl --context cluster1 get priorityclass critical-batch -o json 2>/dev/null) || { echo "No PriorityClass 'critical-batch'."; exit 1; }
jq -e '.value == 100000 and (.globalDefault // false) == false and (.preemptionPolicy // "PreemptLowerPriority") == "PreemptLowerPriority"' <<<"$json" >/dev/null || {
    echo "PriorityClass 'critical-batch' must have value 100000, globalDefault false and preemption PreemptLowerPriority."
    exit 1
}
echo "PriorityClass 'critical-batch' is correct."
