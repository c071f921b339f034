#!/usr/bin/env bash
# Q1: cluster2-node01 is Ready, its kubelet is active and uses a client CA file that exists on the node.
set -u
node=$(ssh cluster2-node01 hostname 2>/dev/null) || { echo "cluster2-node01 is unreachable over SSH."; exit 1; }
[ "$(ssh cluster2-node01 'systemctl is-active kubelet' 2>/dev/null)" = active ] || { echo "The kubelet on cluster2-node01 is not active."; exit 1; }
# shellcheck disable=SC2016 # expands on the node
ssh cluster2-node01 'f=$(sed -n "s/^ *clientCAFile: *//p" /var/lib/kubelet/config.yaml); [ -z "$f" ] || [ -s "$f" ]' 2>/dev/null ||
    { echo "The kubelet's clientCAFile on cluster2-node01 names a file that does not exist."; exit 1; }
json=$(kubectl --context cluster2 get node "$node" -o json 2>/dev/null) || { echo "No node $node in cluster2."; exit 1; }
jq -e 'any(.status.conditions[]; .type == "Ready" and .status == "True")' <<<"$json" >/dev/null || { echo "Node $node (cluster2-node01) is not Ready."; exit 1; }
echo "Node $node (cluster2-node01) is Ready."
