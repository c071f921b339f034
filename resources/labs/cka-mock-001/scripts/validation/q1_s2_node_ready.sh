#!/usr/bin/env bash
# Q1: cluster2-node01 is Ready in cluster2 and its kubelet's client CA file exists.
set -u
node=$(ssh cluster2-node01 hostname 2>/dev/null) || { echo "cluster2-node01 is unreachable over SSH."; exit 1; }
# shellcheck disable=SC2016 # $f expands on the node
if ! ssh cluster2-node01 'f=$(sed -n "s/^ *clientCAFile: *//p" /var/lib/kubelet/config.yaml); [ -n "$f" ] && [ -s "$f" ]' 2>/dev/null; then
    echo "The kubelet config of cluster2-node01 names a client CA file that does not exist."
    exit 1
fi
ready=$(kubectl --context cluster2 get node "$node" -o jsonpath='{.status.conditions[?(@.type=="Ready")].status}' 2>/dev/null)
[ "$ready" = "True" ] || { echo "Node $node (cluster2-node01) is not Ready (Ready=${ready:-unknown})."; exit 1; }
echo "Node $node (cluster2-node01) is Ready."
