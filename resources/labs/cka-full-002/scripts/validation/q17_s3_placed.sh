#!/usr/bin/env bash
# Q17: both pods of reports run on the disk=nvme node (cluster1-node02) at priority 100000.
set -u
node=$(ssh cluster1-node02 hostname 2>/dev/null) || { echo "cluster1-node02 is unreachable over SSH."; exit 1; }
sel=$(kubectl --context cluster1 -n sched get deployment reports -o json 2>/dev/null | jq -r '.spec.selector.matchLabels // {} | to_entries | map("\(.key)=\(.value)") | join(",")')
[ -n "$sel" ] || { echo "No deployment reports in namespace sched."; exit 1; }
json=$(kubectl --context cluster1 -n sched get pods -l "$sel" --field-selector=status.phase=Running -o json 2>/dev/null)
jq -e --arg n "$node" '[.items[] | select(.metadata.deletionTimestamp == null)] | length == 2 and all(.[]; .spec.nodeName == $n and .spec.priority == 100000)' <<<"$json" >/dev/null ||
    { echo "reports does not run 2 pods on $node at priority 100000."; exit 1; }
echo "reports runs 2 pods on $node."
