#!/usr/bin/env bash
# Reference answer for Q6: record the versions, drain node02, then uncordon it and wait for billing.
set -eu
ctx=cluster1
node=$(ssh cluster1-node02 hostname)
kubelet=$(kubectl --context "$ctx" get node "$node" -o jsonpath='{.status.nodeInfo.kubeletVersion}')
# shellcheck disable=SC2029 # $kubelet expands on the jumphost on purpose
ssh cluster1-controlplane "mkdir -p /opt/upgrade && { kubeadm version -o short; echo $kubelet; } > /opt/upgrade/versions.txt"
kubectl --context "$ctx" drain "$node" --ignore-daemonsets --delete-emptydir-data --timeout=30s
kubectl --context "$ctx" uncordon "$node"
kubectl --context "$ctx" rollout status deployment/billing -n maint --timeout=25s
