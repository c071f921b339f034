#!/usr/bin/env bash
# Q7: the Node of cluster3-node02 was registered again after the setup and is Ready.
set -u
start=$(cat /root/.ckx-lab/q7-start 2>/dev/null) || { echo "The lab state of question 7 is missing."; exit 1; }
node=$(ssh cluster3-node02 hostname 2>/dev/null) || { echo "cluster3-node02 is unreachable over SSH."; exit 1; }
json=$(kubectl --context cluster3 get node "$node" -o json 2>/dev/null) || { echo "Node $node (cluster3-node02) is not part of cluster3."; exit 1; }
jq -e --arg s "$start" '.metadata.creationTimestamp > $s' <<<"$json" >/dev/null || { echo "Node $node was not re-registered."; exit 1; }
jq -e 'any(.status.conditions[]; .type == "Ready" and .status == "True")' <<<"$json" >/dev/null || { echo "Node $node (cluster3-node02) is not Ready."; exit 1; }
echo "Node $node joined cluster3 again and is Ready."
