#!/usr/bin/env bash
# Q16: both db pods are ready and db-1 keeps its own data (its volume is not shared with db-0).
set -u
ready=$(kubectl --context cluster1 get statefulset db -n stateful -o jsonpath='{.status.readyReplicas}' 2>/dev/null) || { echo "No StatefulSet 'db' in 'stateful'."; exit 1; }
[ "${ready:-0}" = "2" ] || { echo "StatefulSet 'db' has ${ready:-0} ready pods, expected 2."; exit 1; }
v0=$(kubectl --context cluster1 get pvc data-db-0 -n stateful -o jsonpath='{.spec.volumeName}' 2>/dev/null)
v1=$(kubectl --context cluster1 get pvc data-db-1 -n stateful -o jsonpath='{.spec.volumeName}' 2>/dev/null)
if [ -z "$v0" ] || [ "$v0" = "$v1" ]; then echo "The db pods do not have a volume each."; exit 1; fi
echo "Both db pods run, each with its own volume."
