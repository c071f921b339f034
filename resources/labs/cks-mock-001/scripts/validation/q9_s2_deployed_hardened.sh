#!/usr/bin/env bash
# Q9: the live deployment web in shopfront is not privileged, not in the host PID namespace, forbids privilege
# escalation, has a read-only root filesystem and does not mount a service account token.
set -u
json=$(kubectl --context cluster1 get deployment web -n shopfront -o json 2>/dev/null) || { echo "No deployment 'web' in 'shopfront'."; exit 1; }
jq -e '.spec.template.spec | (.hostPID // false) == false and all(.containers[]; (.securityContext.privileged // false) == false)' <<<"$json" >/dev/null || {
    echo "Deployment 'web' still runs privileged or in the host PID namespace."
    exit 1
}
jq -e 'all(.spec.template.spec.containers[]; .securityContext.allowPrivilegeEscalation == false and .securityContext.readOnlyRootFilesystem == true)' <<<"$json" >/dev/null || {
    echo "Deployment 'web' must forbid privilege escalation and use a read-only root filesystem."
    exit 1
}
jq -e '.spec.template.spec.automountServiceAccountToken == false' <<<"$json" >/dev/null || { echo "Deployment 'web' still mounts a service account token."; exit 1; }
echo "Deployment 'web' is hardened."
