#!/usr/bin/env bash
# Q14: deployment spread in sched has 2 replicas and a required pod anti-affinity on its own pods per node.
set -u
json=$(kubectl --context cluster1 get deployment spread -n sched -o json 2>/dev/null) || { echo "No deployment 'spread' in 'sched'."; exit 1; }
jq -e '.spec.replicas == 2 and .spec.template.metadata.labels.app == "spread"' <<<"$json" >/dev/null || { echo "Deployment 'spread' must have 2 replicas of pods labelled app=spread."; exit 1; }
if ! jq -e '.spec.template.spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution // [] | any(.[];
        .topologyKey == "kubernetes.io/hostname"
        and ((.labelSelector.matchLabels // {}) == {"app": "spread"} or (.labelSelector.matchExpressions // []) == [{"key": "app", "operator": "In", "values": ["spread"]}]))' <<<"$json" >/dev/null; then
    echo "Deployment 'spread' has no required pod anti-affinity on app=spread with topologyKey kubernetes.io/hostname."
    exit 1
fi
echo "Deployment 'spread' requires one pod per node."
