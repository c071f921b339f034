#!/usr/bin/env bash
# Q1: containerd and the kubelet on cluster2-node01 are active, and both are enabled at boot.
set -u
out=$(ssh cluster2-node01 'systemctl is-active containerd; systemctl is-enabled containerd; systemctl is-active kubelet; systemctl is-enabled kubelet' 2>/dev/null)
mapfile -t s <<<"$out"
[ "${s[0]:-}" = active ] || { echo "containerd on cluster2-node01 is '${s[0]:-unknown}', expected active."; exit 1; }
[ "${s[1]:-}" = enabled ] || { echo "containerd on cluster2-node01 is '${s[1]:-unknown}' at boot, expected enabled."; exit 1; }
[ "${s[2]:-}" = active ] || { echo "The kubelet on cluster2-node01 is '${s[2]:-unknown}', expected active."; exit 1; }
[ "${s[3]:-}" = enabled ] || { echo "The kubelet on cluster2-node01 is '${s[3]:-unknown}' at boot, expected enabled."; exit 1; }
echo "containerd and the kubelet run on cluster2-node01 and are enabled."
