#!/usr/bin/env bash
# Reference answer for Q7: one ClusterRole reused by a RoleBinding per namespace, plus a cluster-wide read role.
set -eu
ctx=cluster1
kubectl --context "$ctx" create clusterrole dev-edit --verb='*' --resource=deployments.apps,services,configmaps
kubectl --context "$ctx" create clusterrole ns-reader --verb=get,list,watch --resource=namespaces
for ns in dev1 dev2; do
    kubectl --context "$ctx" create rolebinding dev-edit -n "$ns" --clusterrole=dev-edit --group=dev-team
done
kubectl --context "$ctx" create clusterrolebinding dev-team-ns-reader --clusterrole=ns-reader --group=dev-team
