#!/usr/bin/env bash
# Q12: ValidatingAdmissionPolicy trusted-registries takes ConfigMap parameters; its binding denies, reads
# policy/trusted-registries and applies to namespaces labelled registries=trusted.
set -u
ctx=cluster1
p=$(kubectl --context "$ctx" get validatingadmissionpolicy trusted-registries -o json 2>/dev/null) || { echo "No ValidatingAdmissionPolicy 'trusted-registries'."; exit 1; }
jq -e '.spec.paramKind.kind == "ConfigMap" and .spec.paramKind.apiVersion == "v1"' <<<"$p" >/dev/null || { echo "'trusted-registries' does not take ConfigMap parameters (paramKind)."; exit 1; }
b=$(kubectl --context "$ctx" get validatingadmissionpolicybinding trusted-registries-binding -o json 2>/dev/null) || { echo "No ValidatingAdmissionPolicyBinding 'trusted-registries-binding'."; exit 1; }
jq -e '.spec.policyName == "trusted-registries" and ((.spec.validationActions // []) | index("Deny") != null)
    and .spec.paramRef.name == "trusted-registries" and .spec.paramRef.namespace == "policy"
    and (.spec.matchResources.namespaceSelector as $n | $n.matchLabels.registries == "trusted"
        or any($n.matchExpressions[]?; .key == "registries" and .operator == "In" and .values == ["trusted"]))' <<<"$b" >/dev/null || {
    echo "'trusted-registries-binding' must deny, use policy/trusted-registries as parameters and select registries=trusted namespaces."
    exit 1
}
echo "The registry policy and its binding are configured."
