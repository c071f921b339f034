#!/usr/bin/env bash
# Q3: observability/monitor is no longer cluster-admin (ClusterRoleBinding monitor-admin is gone, and no other
# binding gives it everything).
set -u
ctx=cluster1 sa=system:serviceaccount:observability:monitor
if kubectl --context "$ctx" get clusterrolebinding monitor-admin -o name >/dev/null 2>&1; then
    echo "ClusterRoleBinding 'monitor-admin' still exists."
    exit 1
fi
if kubectl --context "$ctx" auth can-i '*' '*' --all-namespaces --as "$sa" --quiet 2>/dev/null; then
    echo "observability/monitor can still do everything in the cluster."
    exit 1
fi
kubectl --context "$ctx" get serviceaccount monitor -n observability -o name >/dev/null 2>&1 || { echo "ServiceAccount observability/monitor was deleted; keep it."; exit 1; }
echo "observability/monitor is no longer cluster-admin."
