#!/usr/bin/env bash
# Q7: cluster3-node02 lost its kubelet credentials and its Node object; every bootstrap token of cluster3 is
# deleted, so the worker can only come back with a new token.
set -eu
mkdir -p /root/.ckx-lab
date -u +%Y-%m-%dT%H:%M:%SZ > /root/.ckx-lab/q7-start
node=$(ssh cluster3-node02 hostname)
ssh cluster3-node02 'systemctl stop kubelet; rm -f /etc/kubernetes/kubelet.conf /etc/kubernetes/bootstrap-kubelet.conf; rm -rf /var/lib/kubelet/pki'
kubectl --context cluster3 delete node "$node" --wait=false
kubectl --context cluster3 -n kube-system delete secret --field-selector type=bootstrap.kubernetes.io/token --ignore-not-found
sleep 1
