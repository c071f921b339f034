#!/usr/bin/env bash
# Q13: deployment batch uses critical-batch and its running pods carry priority 100000.
set -u
pc=$(kubectl --context cluster1 get deployment batch -n sched -o jsonpath='{.spec.template.spec.priorityClassName}' 2>/dev/null)
[ "$pc" = "critical-batch" ] || { echo "Deployment 'batch' does not use the PriorityClass critical-batch."; exit 1; }
json=$(kubectl --context cluster1 get pods -n sched -l app=batch -o json 2>/dev/null)
jq -e '[.items[] | select(.metadata.deletionTimestamp == null)] as $p | ($p | length) > 0
    and all($p[]; .spec.priority == 100000 and .status.phase == "Running")' <<<"$json" >/dev/null || {
    echo "The pods of 'batch' do not all run with priority 100000."
    exit 1
}
echo "The pods of 'batch' run with priority 100000."
