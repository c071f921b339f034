#!/usr/bin/env bash
# Q8: ValidatingAdmissionPolicy pinned-images and its binding pinned-images-binding (Deny, namespaces images=pinned).
set -u
ctx=cluster1
kubectl --context "$ctx" get validatingadmissionpolicy pinned-images -o name >/dev/null 2>&1 || { echo "No ValidatingAdmissionPolicy 'pinned-images'."; exit 1; }
json=$(kubectl --context "$ctx" get validatingadmissionpolicybinding pinned-images-binding -o json 2>/dev/null) || { echo "No ValidatingAdmissionPolicyBinding 'pinned-images-binding'."; exit 1; }
jq -e '.spec.policyName == "pinned-images"' <<<"$json" >/dev/null || { echo "'pinned-images-binding' does not bind the policy 'pinned-images'."; exit 1; }
jq -e '(.spec.validationActions // []) | index("Deny") != null' <<<"$json" >/dev/null || { echo "'pinned-images-binding' does not deny (validationActions lacks Deny)."; exit 1; }
echo "The policy and its binding exist and deny."
