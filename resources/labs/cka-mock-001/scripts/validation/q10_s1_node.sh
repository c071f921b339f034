#!/usr/bin/env bash
# Q10: cluster1-node01 carries the taint dedicated=gpu:NoSchedule and the label accelerator=gpu-a100.
set -u
node=$(ssh cluster1-node01 hostname 2>/dev/null) || { echo "cluster1-node01 is unreachable over SSH."; exit 1; }
json=$(kubectl --context cluster1 get node "$node" -o json 2>/dev/null) || { echo "No node $node in cluster1."; exit 1; }
jq -e 'any(.spec.taints[]?; .key == "dedicated" and .value == "gpu" and .effect == "NoSchedule")' <<<"$json" >/dev/null || {
    echo "Node $node (cluster1-node01) lacks the taint dedicated=gpu:NoSchedule."
    exit 1
}
jq -e '.metadata.labels.accelerator == "gpu-a100"' <<<"$json" >/dev/null || { echo "Node $node (cluster1-node01) lacks the label accelerator=gpu-a100."; exit 1; }
echo "Node $node is tainted and labelled."
