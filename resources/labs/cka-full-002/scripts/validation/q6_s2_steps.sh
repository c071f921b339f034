#!/usr/bin/env bash
# Q6: /root/upgrade/steps.sh on cluster3-controlplane lists, in this order: drain the control-plane node,
# 'kubeadm upgrade apply <the node's kubeadm version>', restart the kubelet, uncordon the node.
set -u
ver=$(ssh cluster3-controlplane 'kubeadm version -o short' 2>/dev/null) || { echo "cluster3-controlplane is unreachable over SSH."; exit 1; }
node=$(ssh cluster3-controlplane hostname 2>/dev/null)
steps=$(ssh cluster3-controlplane 'cat /root/upgrade/steps.sh' 2>/dev/null) || { echo "/root/upgrade/steps.sh is missing on cluster3-controlplane."; exit 1; }
line() { grep -nE -- "$1" <<<"$steps" | grep -v '^[0-9]*:[[:space:]]*#' | head -1 | cut -d: -f1; }
d=$(line "kubectl .*drain .*(${node}|\\\$\\(hostname\\)|\\\$node)")
a=$(line "kubeadm upgrade apply (-y |--yes |-f |--force )*${ver//./\\.}( |$)")
r=$(line "systemctl (daemon-reload *(;|&&) *systemctl )?restart kubelet")
u=$(line "kubectl .*uncordon .*(${node}|\\\$\\(hostname\\)|\\\$node)")
for s in "drain:$d" "kubeadm upgrade apply $ver:$a" "systemctl restart kubelet:$r" "uncordon:$u"; do
    [ -n "${s##*:}" ] || { echo "steps.sh has no '${s%:*}' step for $node."; exit 1; }
done
if [ "$d" -ge "$a" ] || [ "$a" -ge "$r" ] || [ "$r" -ge "$u" ]; then
    echo "steps.sh lists the steps out of order (drain, apply, restart kubelet, uncordon)."; exit 1
fi
echo "steps.sh upgrades $node to $ver in the right order."
