#!/usr/bin/env bash
# Q8: history length and the newest revision.
set -u
history=$(helm --kube-context cluster1 history trim -n trim -o json 2>/dev/null) || { echo "No Helm release 'trim' in namespace 'trim'."; exit 1; }
count=$(jq 'length' <<<"$history")
last=$(jq -r '.[-1] | "\(.revision) \(.status)"' <<<"$history")
replicas=$(helm --kube-context cluster1 get values trim -n trim -a -o json 2>/dev/null | jq -r '.replicaCount')
{ [ "$count" -le 3 ] && [ "${last#* }" = "deployed" ] && [ "${last%% *}" -ge 6 ] && [ "$replicas" = "2" ]; } || {
    echo "trim keeps $count revisions, newest '$last' with replicaCount=$replicas; expected at most 3, newest (6 or later) deployed with 2."
    exit 1
}
echo "trim keeps $count revisions; the newest runs 2 replicas."
