#!/usr/bin/env bash
# Reference answer for Q2: fix the command of the static pod; the kubelet re-creates it from the manifest.
set -eu
ssh cluster2-controlplane 'sed -i "s#^    - kube-controller-manger\$#    - kube-controller-manager#" /etc/kubernetes/manifests/kube-controller-manager.yaml'
for _ in $(seq 60); do
    kubectl --context cluster2 -n kube-system wait --for=condition=Ready pod -l component=kube-controller-manager --timeout=5s >/dev/null 2>&1 && break
    sleep 2
done
kubectl --context cluster2 -n cm-check rollout status deployment/probe --timeout=120s
