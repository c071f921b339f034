#!/usr/bin/env bash
# Q1: the kubelet on cluster2-node01 is active for 5 s or more (not crash-looping) and enabled at boot.
set -u
out=$(ssh cluster2-node01 'systemctl is-active kubelet; systemctl is-enabled kubelet; systemctl show kubelet -p ActiveEnterTimestampMonotonic --value; cut -d. -f1 /proc/uptime' 2>/dev/null)
mapfile -t s <<<"$out"
active=${s[0]:-unknown} enabled=${s[1]:-unknown} since=${s[2]:-0} uptime=${s[3]:-0}
[ "$active" = "active" ] || { echo "The kubelet on cluster2-node01 is '$active', expected active."; exit 1; }
running=$(( uptime - since / 1000000 ))
[ "$running" -ge 5 ] || { echo "The kubelet on cluster2-node01 has been running for only ${running} s (is it restarting in a loop?)."; exit 1; }
[ "$enabled" = "enabled" ] || { echo "The kubelet on cluster2-node01 is '$enabled' at boot, expected enabled."; exit 1; }
echo "The kubelet on cluster2-node01 runs and is enabled."
