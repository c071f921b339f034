#!/usr/bin/env bash
# Q10: deployment trainer tolerates dedicated=gpu:NoSchedule and requires (node affinity) accelerator=gpu-a100.
set -u
json=$(kubectl --context cluster1 get deployment trainer -n ml -o json 2>/dev/null) || { echo "No deployment 'trainer' in 'ml'."; exit 1; }
jq -e '.spec.template.spec | any(.tolerations[]?;
    .key == "dedicated"
    and (((.operator // "Equal") == "Equal" and .value == "gpu") or .operator == "Exists")
    and ((.effect // "") == "" or .effect == "NoSchedule"))' <<<"$json" >/dev/null || {
    echo "Deployment 'trainer' does not tolerate the taint dedicated=gpu:NoSchedule."
    exit 1
}
jq -e '.spec.template.spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms as $t
    | ($t | length) > 0
    and all($t[]; any(.matchExpressions[]?; .key == "accelerator" and .operator == "In" and ((.values // []) | index("gpu-a100") != null)))' <<<"$json" >/dev/null || {
    echo "Deployment 'trainer' has no required node affinity for accelerator in (gpu-a100)."
    exit 1
}
echo "Deployment 'trainer' tolerates the taint and requires accelerator=gpu-a100."
