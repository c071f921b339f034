#!/usr/bin/env bash
# Q5: cluster3-node01 is Ready and its kubelet renewed the node lease in the last 40 s.
set -u
node=$(ssh cluster3-node01 hostname 2>/dev/null) || { echo "cluster3-node01 is unreachable over SSH."; exit 1; }
ready=$(kubectl --context cluster3 get node "$node" -o jsonpath='{.status.conditions[?(@.type=="Ready")].status}' 2>/dev/null)
[ "$ready" = True ] || { echo "Node $node (cluster3-node01) is not Ready."; exit 1; }
renew=$(kubectl --context cluster3 -n kube-node-lease get lease "$node" -o jsonpath='{.spec.renewTime}' 2>/dev/null)
age=$(( $(date +%s) - $(date -d "$renew" +%s 2>/dev/null || echo 0) ))
[ "$age" -le 40 ] || { echo "The kubelet of $node last renewed its lease ${age} s ago (it does not reach the API server)."; exit 1; }
echo "Node $node (cluster3-node01) is Ready and renews its lease."
