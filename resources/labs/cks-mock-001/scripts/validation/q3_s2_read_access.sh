#!/usr/bin/env bash
# Q3: monitor reads pods and nodes cluster-wide through ClusterRole/ClusterRoleBinding monitor-read.
set -u
ctx=cluster1 sa=system:serviceaccount:observability:monitor
json=$(kubectl --context "$ctx" get clusterrolebinding monitor-read -o json 2>/dev/null) || { echo "No ClusterRoleBinding 'monitor-read'."; exit 1; }
jq -e '.roleRef.kind == "ClusterRole" and .roleRef.name == "monitor-read" and any(.subjects[]?; .kind == "ServiceAccount" and .name == "monitor" and .namespace == "observability")' <<<"$json" >/dev/null || {
    echo "ClusterRoleBinding 'monitor-read' must bind the ClusterRole monitor-read to observability/monitor."
    exit 1
}
for verb in get list watch; do
    for res in pods nodes; do
        kubectl --context "$ctx" auth can-i "$verb" "$res" --all-namespaces --as "$sa" --quiet 2>/dev/null || { echo "monitor cannot '$verb' $res cluster-wide."; exit 1; }
    done
done
echo "monitor reads pods and nodes cluster-wide."
