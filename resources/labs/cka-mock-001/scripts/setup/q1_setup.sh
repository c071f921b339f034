#!/usr/bin/env bash
# Q1: break the kubelet of cluster2-node01: its config points at a client CA file that does not exist, and the
# service is stopped and disabled, so the node goes NotReady and would stay down after a reboot.
set -eu
ssh cluster2-node01 'set -e
grep -q "clientCAFile:" /var/lib/kubelet/config.yaml
sed -i "s#clientCAFile: .*#clientCAFile: /etc/kubernetes/pki/ca-bundle.crt#" /var/lib/kubelet/config.yaml
rm -f /etc/kubernetes/pki/ca-bundle.crt
systemctl disable --now kubelet'
