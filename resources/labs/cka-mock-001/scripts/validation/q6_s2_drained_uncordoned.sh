#!/usr/bin/env bash
# Q6: cluster1-node02 was drained (the billing pods were evicted and replaced) and is schedulable again, with
# billing back to 2 ready replicas.
set -u
ctx=cluster1
state=/root/.ckx-lab/cka-mock-q6-uids
node=$(ssh cluster1-node02 hostname 2>/dev/null) || { echo "cluster1-node02 is unreachable over SSH."; exit 1; }
unsched=$(kubectl --context "$ctx" get node "$node" -o jsonpath='{.spec.unschedulable}' 2>/dev/null)
[ "$unsched" != "true" ] || { echo "Node $node (cluster1-node02) is still cordoned."; exit 1; }
[ -s "$state" ] || { echo "The lab's record of the billing pods is missing ($state)."; exit 1; }
uids=$(kubectl --context "$ctx" get pods -n maint -l app=billing -o jsonpath='{range .items[*]}{.metadata.uid}{"\n"}{end}' 2>/dev/null)
while read -r old; do
    [ -n "$old" ] || continue
    if grep -qx "$old" <<<"$uids"; then
        echo "A billing pod from before the maintenance still runs: cluster1-node02 was not drained."
        exit 1
    fi
done <"$state"
ready=$(kubectl --context "$ctx" get deployment billing -n maint -o jsonpath='{.status.readyReplicas}' 2>/dev/null)
[ "${ready:-0}" = "2" ] || { echo "Deployment billing has ${ready:-0} ready replicas, expected 2 after the node is uncordoned."; exit 1; }
echo "cluster1-node02 was drained and is schedulable again."
