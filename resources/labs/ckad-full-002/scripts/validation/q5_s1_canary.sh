#!/usr/bin/env bash
# Q5: deployment canary/api-v2 runs 1 ready pod labelled app=api,track=canary with VERSION=v2.
set -u
json=$(kubectl --context cluster1 -n canary get deployment api-v2 -o json 2>/dev/null) || { echo "No deployment api-v2 in namespace canary."; exit 1; }
jq -e '.spec.replicas == 1 and (.status.readyReplicas // 0) == 1 and .spec.template.metadata.labels.app == "api" and .spec.template.metadata.labels.track == "canary" and
       any(.spec.template.spec.containers[].env[]?; .name == "VERSION" and .value == "v2")' <<<"$json" >/dev/null ||
    { echo "api-v2 must run 1 ready pod labelled app=api, track=canary with VERSION=v2."; exit 1; }
echo "api-v2 runs as the canary."
