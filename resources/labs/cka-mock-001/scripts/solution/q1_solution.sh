#!/usr/bin/env bash
# Reference answer for Q1: point the kubelet back at the cluster CA, enable and start it, wait for Ready.
set -eu
ssh cluster2-node01 'sed -i "s#clientCAFile: .*#clientCAFile: /etc/kubernetes/pki/ca.crt#" /var/lib/kubelet/config.yaml && systemctl enable --now kubelet'
node=$(ssh cluster2-node01 hostname)
kubectl --context cluster2 wait --for=condition=Ready "node/$node" --timeout=45s
sleep 5
