#!/usr/bin/env bash
# Q1: cluster2-node01 loses its container runtime (containerd stopped and disabled) and the kubelet points at a
# client CA file that does not exist, so it exits at start.
set -eu
ssh cluster2-node01 'set -e
grep -q "clientCAFile: /etc/kubernetes/pki/ca.crt" /var/lib/kubelet/config.yaml
sed -i "s#clientCAFile: /etc/kubernetes/pki/ca.crt#clientCAFile: /etc/kubernetes/pki/ca-2024.crt#" /var/lib/kubelet/config.yaml
[ ! -e /etc/kubernetes/pki/ca-2024.crt ]
# The kubelet is stopped before containerd and not started again: were its unit to pull containerd in, a
# restart loop would undo the runtime fault.
systemctl stop kubelet
systemctl disable containerd
systemctl stop containerd'
