#!/usr/bin/env bash
# Reference answer for Q5.
set -eu
ctx=cluster1
kubectl --context "$ctx" get configmap coredns -n kube-system -o json |
    jq '.data.Corefile |= sub("kubernetes cluster\\.lokal "; "kubernetes cluster.local ")' |
    kubectl --context "$ctx" replace -f -
kubectl --context "$ctx" rollout restart deployment/coredns -n kube-system
kubectl --context "$ctx" rollout status deployment/coredns -n kube-system --timeout=40s
kubectl --context "$ctx" rollout status deployment/dnscheck -n dns-debug --timeout=15s
