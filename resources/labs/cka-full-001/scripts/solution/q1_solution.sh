#!/usr/bin/env bash
# Reference answer for Q1: the real kubelet binary, the real containerd socket, then start it.
set -eu
# shellcheck disable=SC2016 # expands on the node
ssh cluster2-node01 'set -e
files=$(grep -rl "^ExecStart=/usr/local/bin/kubelet" /etc/systemd/system/kubelet.service /etc/systemd/system/kubelet.service.d/ || true)
[ -z "$files" ] || sed -i "s#^ExecStart=/usr/local/bin/kubelet#ExecStart=/usr/bin/kubelet#" $files
sed -i "s#containerd-v2\.sock#containerd.sock#g" /var/lib/kubelet/kubeadm-flags.env /var/lib/kubelet/config.yaml
systemctl daemon-reload
systemctl enable kubelet
systemctl restart kubelet'
node=$(ssh cluster2-node01 hostname)
sleep 5
kubectl --context cluster2 wait --for=condition=Ready "node/$node" --timeout=40s
