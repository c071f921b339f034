#!/usr/bin/env bash
# Q17: PriorityClass reports-high has value 100000, is not the global default and preempts lower priorities.
set -u
got=$(kubectl --context cluster1 get priorityclass reports-high -o json 2>/dev/null | jq -r '"\(.value) \(.globalDefault // false) \(.preemptionPolicy // "PreemptLowerPriority")"')
[ "$got" = "100000 false PreemptLowerPriority" ] || { echo "PriorityClass reports-high is '${got:-missing}', expected value 100000, not global default, PreemptLowerPriority."; exit 1; }
echo "PriorityClass reports-high is as asked."
