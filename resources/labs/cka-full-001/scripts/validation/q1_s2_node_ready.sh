#!/usr/bin/env bash
# Q1: cluster2-node01 is Ready, its kubelet is active, and the node runs a pod sandbox through containerd
# (the kubelet reaches the container runtime).
set -u
node=$(ssh cluster2-node01 hostname 2>/dev/null) || { echo "cluster2-node01 is unreachable over SSH."; exit 1; }
state=$(ssh cluster2-node01 'systemctl is-active kubelet' 2>/dev/null)
[ "$state" = "active" ] || { echo "The kubelet on cluster2-node01 is '$state'."; exit 1; }
json=$(kubectl --context cluster2 get node "$node" -o json 2>/dev/null) || { echo "No node $node in cluster2."; exit 1; }
jq -e 'any(.status.conditions[]; .type == "Ready" and .status == "True")' <<<"$json" >/dev/null || { echo "Node $node (cluster2-node01) is not Ready."; exit 1; }
runtime=$(jq -r '.status.nodeInfo.containerRuntimeVersion' <<<"$json")
case $runtime in containerd://*) ;; *) echo "Node $node reports no container runtime ('$runtime')."; exit 1 ;; esac
echo "Node $node (cluster2-node01) is Ready on $runtime."
