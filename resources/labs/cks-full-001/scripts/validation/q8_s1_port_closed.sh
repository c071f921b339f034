#!/usr/bin/env bash
# Q8: nothing listens on TCP 9999 on cluster1-node01 any more, and the kubelet still runs.
set -u
out=$(ssh cluster1-node01 'ss -ltnH "sport = :9999"; echo "kubelet=$(systemctl is-active kubelet)"' 2>/dev/null) || { echo "cluster1-node01 is unreachable over SSH."; exit 1; }
if grep -q LISTEN <<<"$out" || grep -q ':9999' <<<"$out"; then echo "Something still listens on TCP 9999 on cluster1-node01."; exit 1; fi
grep -q '^kubelet=active$' <<<"$out" || { echo "The kubelet of cluster1-node01 is not running any more."; exit 1; }
echo "TCP 9999 is closed on cluster1-node01."
