#!/usr/bin/env bash
# Q2: the kube-controller-manager static pod of cluster2 runs a command that does not exist; a deployment created
# afterwards gets no ReplicaSet and no pods.
set -eu
ssh cluster2-controlplane 'set -e
m=/etc/kubernetes/manifests/kube-controller-manager.yaml
grep -q "^    - kube-controller-manager$" $m
sed -i "s#^    - kube-controller-manager\$#    - kube-controller-manger#" $m
for _ in $(seq 60); do [ -z "$(crictl ps --name "^kube-controller-manager\$" -q)" ] && break; sleep 2; done'
kubectl --context cluster2 create namespace cm-check
kubectl --context cluster2 -n cm-check create deployment probe --image=nginx:1.27-alpine --replicas=2
