#!/usr/bin/env bash
# Q6: no ClusterRoleBinding or RoleBinding names system:anonymous or system:unauthenticated, except the two built-in
# ones, which are kept: system:public-info-viewer and kube-public/kubeadm:bootstrap-signer-clusterinfo (node joins).
set -u
ctx=cluster1
kubectl --context "$ctx" get clusterrolebinding system:public-info-viewer -o name >/dev/null 2>&1 || { echo "The built-in binding system:public-info-viewer was removed; keep it."; exit 1; }
found=$( { kubectl --context "$ctx" get clusterrolebindings -o json; kubectl --context "$ctx" get rolebindings --all-namespaces -o json; } 2>/dev/null |
    jq -r '.items[] | select(.metadata.name != "system:public-info-viewer" and .metadata.name != "kubeadm:bootstrap-signer-clusterinfo") | select(any(.subjects[]?; .name == "system:anonymous" or .name == "system:unauthenticated"))
        | "\(.kind)/\(.metadata.name)"')
[ -z "$found" ] || { echo "Bindings for anonymous requests remain: ${found//$'\n'/ }."; exit 1; }
kubectl --context "$ctx" get rolebinding kubeadm:bootstrap-signer-clusterinfo -n kube-public -o name >/dev/null 2>&1 || {
    echo "The built-in kube-public/kubeadm:bootstrap-signer-clusterinfo was removed; nodes can no longer join. Keep it."
    exit 1
}
echo "Only the built-in bindings serve unauthenticated requests."
