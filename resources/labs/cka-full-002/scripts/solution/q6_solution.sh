#!/usr/bin/env bash
# Reference answer for Q6: save the plan, then write the control-plane upgrade steps for the installed kubeadm.
set -eu
# shellcheck disable=SC2016 # expands on the node
ssh cluster3-controlplane 'set -e
mkdir -p /root/upgrade
kubeadm upgrade plan > /root/upgrade/plan.txt 2>&1 || true
ver=$(kubeadm version -o short)
node=$(hostname)
cat > /root/upgrade/steps.sh <<STEPS
kubectl drain $node --ignore-daemonsets
kubeadm upgrade apply $ver -y
systemctl daemon-reload
systemctl restart kubelet
kubectl uncordon $node
STEPS'
