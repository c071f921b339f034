#!/usr/bin/env bash
# Reference answer for Q6: list the bindings that name the anonymous user or group, then delete them.
set -eu
ctx=cluster1
kubectl --context "$ctx" get clusterrolebindings -o json |
    jq -r '.items[] | select(.metadata.name != "system:public-info-viewer") | select(any(.subjects[]?; .name == "system:anonymous" or .name == "system:unauthenticated")) | .metadata.name' |
    while read -r b; do kubectl --context "$ctx" delete clusterrolebinding "$b"; done
kubectl --context "$ctx" get rolebindings --all-namespaces -o json |
    jq -r '.items[] | select(.metadata.name != "kubeadm:bootstrap-signer-clusterinfo") | select(any(.subjects[]?; .name == "system:anonymous" or .name == "system:unauthenticated")) | "\(.metadata.namespace) \(.metadata.name)"' |
    while read -r ns b; do kubectl --context "$ctx" delete rolebinding "$b" -n "$ns"; done
