#!/usr/bin/env bash
# Q14: the 2 pods of spread are ready on two different nodes.
set -u
ready=$(kubectl --context cluster1 get deployment spread -n sched -o jsonpath='{.status.readyReplicas}' 2>/dev/null) || { echo "No deployment 'spread' in 'sched'."; exit 1; }
[ "${ready:-0}" = "2" ] || { echo "Deployment 'spread' has ${ready:-0} ready pods, expected 2."; exit 1; }
nodes=$(kubectl --context cluster1 get pods -n sched -l app=spread --field-selector=status.phase=Running -o jsonpath='{range .items[*]}{.spec.nodeName}{"\n"}{end}' | sort -u | grep -c .)
[ "$nodes" = "2" ] || { echo "The pods of 'spread' share a node."; exit 1; }
echo "The pods of 'spread' run on two nodes."
