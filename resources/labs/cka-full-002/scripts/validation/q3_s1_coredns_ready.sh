#!/usr/bin/env bash
# Q3: every replica of the coredns deployment of cluster1 is ready, and there is at least one.
set -u
json=$(kubectl --context cluster1 -n kube-system get deployment coredns -o json 2>/dev/null) || { echo "No coredns deployment in cluster1."; exit 1; }
jq -e '.spec.replicas >= 1 and (.status.readyReplicas // 0) == .spec.replicas and (.status.updatedReplicas // 0) == .spec.replicas' <<<"$json" >/dev/null ||
    { echo "coredns in cluster1: $(jq -r '"\(.status.readyReplicas // 0)/\(.spec.replicas)"' <<<"$json") replicas ready."; exit 1; }
echo "All coredns replicas of cluster1 are ready."
