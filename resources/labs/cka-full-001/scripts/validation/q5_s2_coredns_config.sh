#!/usr/bin/env bash
# Q5: CoreDNS serves the zone cluster.local again and its deployment runs all replicas ready.
set -u
ctx=cluster1
corefile=$(kubectl --context "$ctx" get configmap coredns -n kube-system -o jsonpath='{.data.Corefile}' 2>/dev/null)
grep -qE '^[[:space:]]*kubernetes[[:space:]]+cluster\.local([[:space:]]|$)' <<<"$corefile" || { echo "The Corefile's kubernetes plugin does not serve cluster.local."; exit 1; }
json=$(kubectl --context "$ctx" get deployment coredns -n kube-system -o json 2>/dev/null) || { echo "No CoreDNS deployment."; exit 1; }
jq -e '.spec.replicas >= 1 and .status.readyReplicas == .spec.replicas and .status.updatedReplicas == .spec.replicas' <<<"$json" >/dev/null || {
    echo "CoreDNS does not run all its replicas ready."
    exit 1
}
echo "CoreDNS serves cluster.local."
