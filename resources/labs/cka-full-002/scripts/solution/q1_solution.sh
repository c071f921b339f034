#!/usr/bin/env bash
# Reference answer for Q1: start and enable containerd, point the kubelet back at the cluster CA, restart it.
set -eu
ssh cluster2-node01 'set -e
systemctl enable --now containerd
sed -i "s#clientCAFile: /etc/kubernetes/pki/ca-2024.crt#clientCAFile: /etc/kubernetes/pki/ca.crt#" /var/lib/kubelet/config.yaml
systemctl enable kubelet
systemctl restart kubelet'
node=$(ssh cluster2-node01 hostname)
sleep 5
kubectl --context cluster2 wait --for=condition=Ready "node/$node" --timeout=60s
