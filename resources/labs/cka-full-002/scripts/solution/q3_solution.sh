#!/usr/bin/env bash
# Reference answer for Q3: forward to the node's /etc/resolv.conf again and restart CoreDNS.
set -eu
kubectl --context cluster1 -n kube-system get configmap coredns -o json |
    jq '.data.Corefile |= sub("forward \\. /etc/coredns/upstream\\.conf"; "forward . /etc/resolv.conf")' |
    kubectl --context cluster1 replace -f -
kubectl --context cluster1 -n kube-system rollout restart deployment coredns
kubectl --context cluster1 -n kube-system rollout status deployment coredns --timeout=120s
