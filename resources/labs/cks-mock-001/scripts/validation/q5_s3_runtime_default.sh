#!/usr/bin/env bash
# Q5: every container of deployment api in hardening runs with the RuntimeDefault seccomp profile, rolled out and ready.
set -u
json=$(kubectl --context cluster1 get deployment api -n hardening -o json 2>/dev/null) || { echo "No deployment 'api' in 'hardening'."; exit 1; }
if ! jq -e '.spec.template.spec as $s | all($s.containers[];
        ((.securityContext.seccompProfile // $s.securityContext.seccompProfile // {}).type) == "RuntimeDefault")' <<<"$json" >/dev/null; then
    echo "Not every container of deployment 'api' uses the RuntimeDefault seccomp profile."
    exit 1
fi
jq -e '.status.observedGeneration >= .metadata.generation and .status.updatedReplicas == .spec.replicas and .status.readyReplicas == .spec.replicas' <<<"$json" >/dev/null || {
    echo "Deployment 'api' has not finished rolling out."
    exit 1
}
echo "Deployment 'api' runs with RuntimeDefault."
