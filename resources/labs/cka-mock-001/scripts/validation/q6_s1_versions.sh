#!/usr/bin/env bash
# Q6: /opt/upgrade/versions.txt on cluster1-controlplane holds the kubeadm version of the control plane (line 1)
# and the kubelet version of cluster1-node02 (line 2).
set -u
f=/opt/upgrade/versions.txt
# shellcheck disable=SC2029 # $f expands on the jumphost on purpose
content=$(ssh cluster1-controlplane "cat $f" 2>/dev/null) || { echo "No file $f on cluster1-controlplane."; exit 1; }
want_kubeadm=$(ssh cluster1-controlplane 'kubeadm version -o short' 2>/dev/null)
node=$(ssh cluster1-node02 hostname 2>/dev/null)
want_kubelet=$(kubectl --context cluster1 get node "$node" -o jsonpath='{.status.nodeInfo.kubeletVersion}' 2>/dev/null)
line1=$(sed -n 1p <<<"$content" | tr -d ' \r\t')
line2=$(sed -n 2p <<<"$content" | tr -d ' \r\t')
if [ -z "$want_kubeadm" ] || [ "$line1" != "$want_kubeadm" ]; then
    echo "Line 1 of $f is '$line1', expected the kubeadm version '$want_kubeadm'."
    exit 1
fi
if [ -z "$want_kubelet" ] || [ "$line2" != "$want_kubelet" ]; then
    echo "Line 2 of $f is '$line2', expected the kubelet version of cluster1-node02 '$want_kubelet'."
    exit 1
fi
echo "$f holds kubeadm $line1 and kubelet $line2."
