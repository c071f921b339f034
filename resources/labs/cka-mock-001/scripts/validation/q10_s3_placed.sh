#!/usr/bin/env bash
# Q10: deployment trainer runs 2 ready pods, all on cluster1-node01.
set -u
node=$(ssh cluster1-node01 hostname 2>/dev/null) || { echo "cluster1-node01 is unreachable over SSH."; exit 1; }
ready=$(kubectl --context cluster1 get deployment trainer -n ml -o jsonpath='{.status.readyReplicas}' 2>/dev/null) || { echo "No deployment 'trainer' in 'ml'."; exit 1; }
[ "${ready:-0}" = "2" ] || { echo "Deployment 'trainer' has ${ready:-0} ready pods, expected 2."; exit 1; }
sel=$(kubectl --context cluster1 get deployment trainer -n ml -o json | jq -r '.spec.selector.matchLabels // {} | to_entries | map("\(.key)=\(.value)") | join(",")')
[ -n "$sel" ] || { echo "Deployment 'trainer' has no matchLabels selector."; exit 1; }
nodes=$(kubectl --context cluster1 get pods -n ml -l "$sel" --field-selector=status.phase=Running -o jsonpath='{range .items[*]}{.spec.nodeName}{"\n"}{end}' | sort -u)
[ "$nodes" = "$node" ] || { echo "Pods of 'trainer' run on (${nodes//$'\n'/ }), expected only $node."; exit 1; }
echo "Deployment 'trainer' runs 2 pods on $node."
