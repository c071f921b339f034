#!/usr/bin/env bash
# Q17: sched/reports has 2 replicas with priorityClassName reports-high and a required node affinity to disk=nvme.
set -u
json=$(kubectl --context cluster1 -n sched get deployment reports -o json 2>/dev/null) || { echo "No deployment reports in namespace sched."; exit 1; }
jq -e '.spec.replicas == 2 and .spec.template.spec.priorityClassName == "reports-high"' <<<"$json" >/dev/null || { echo "reports must have 2 replicas and priorityClassName reports-high."; exit 1; }
jq -e '[.spec.template.spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[]?] as $t | ($t | length) > 0 and
       all($t[]; any(.matchExpressions[]?; .key == "disk" and ((.operator == "In" and .values == ["nvme"]))))' <<<"$json" >/dev/null ||
    { echo "reports has no required node affinity disk In [nvme]."; exit 1; }
echo "reports has its priority class and node affinity."
