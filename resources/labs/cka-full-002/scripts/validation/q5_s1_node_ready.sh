#!/usr/bin/env bash
# Q5: cluster3-node01 is Ready and its kubelet renewed the node lease after the setup broke it.
set -u
start=$(cat /root/.ckx-lab/q5-start 2>/dev/null) || { echo "The lab state of question 5 is missing."; exit 1; }
node=$(ssh cluster3-node01 hostname 2>/dev/null) || { echo "cluster3-node01 is unreachable over SSH."; exit 1; }
ready=$(kubectl --context cluster3 get node "$node" -o jsonpath='{.status.conditions[?(@.type=="Ready")].status}' 2>/dev/null)
[ "$ready" = True ] || { echo "Node $node (cluster3-node01) is not Ready."; exit 1; }
renew=$(kubectl --context cluster3 -n kube-node-lease get lease "$node" -o jsonpath='{.spec.renewTime}' 2>/dev/null)
renewed=$(date -d "$renew" +%s 2>/dev/null || echo 0)
[ "$renewed" -gt "$start" ] || { echo "The kubelet of $node has not renewed its node lease since the setup (it does not reach the API server)."; exit 1; }
echo "Node $node (cluster3-node01) is Ready and renews its lease."
