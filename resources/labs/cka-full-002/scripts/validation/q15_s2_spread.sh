#!/usr/bin/env bash
# Q15: the 4 pods of edge-web are running, 2 on each worker of cluster1 and none on the control plane.
set -u
w1=$(ssh cluster1-node01 hostname 2>/dev/null); w2=$(ssh cluster1-node02 hostname 2>/dev/null)
sel=$(kubectl --context cluster1 -n edge get deployment edge-web -o json 2>/dev/null | jq -r '.spec.selector.matchLabels // {} | to_entries | map("\(.key)=\(.value)") | join(",")')
[ -n "$sel" ] || { echo "No deployment edge-web in namespace edge."; exit 1; }
json=$(kubectl --context cluster1 -n edge get pods -l "$sel" --field-selector=status.phase=Running -o json 2>/dev/null)
a=$(jq --arg n "$w1" '[.items[] | select(.spec.nodeName == $n and .metadata.deletionTimestamp == null)] | length' <<<"$json")
b=$(jq --arg n "$w2" '[.items[] | select(.spec.nodeName == $n and .metadata.deletionTimestamp == null)] | length' <<<"$json")
t=$(jq '[.items[] | select(.metadata.deletionTimestamp == null)] | length' <<<"$json")
[ "$t.$a.$b" = 4.2.2 ] || { echo "edge-web runs $t pods ($a on $w1, $b on $w2), expected 2 on each worker."; exit 1; }
echo "edge-web runs 2 pods on each worker."
