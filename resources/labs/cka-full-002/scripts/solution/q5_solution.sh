#!/usr/bin/env bash
# Reference answer for Q5: point the kubelet's kubeconfig at the API server port 6443 again.
set -eu
ssh cluster3-node01 'sed -i "s#^\(    server: https://.*\):6643\$#\1:6443#" /etc/kubernetes/kubelet.conf && systemctl restart kubelet'
node=$(ssh cluster3-node01 hostname)
sleep 10
kubectl --context cluster3 wait --for=condition=Ready "node/$node" --timeout=60s
kubectl --context cluster3 -n node-check wait --for=condition=Ready pod/pinned --timeout=90s
