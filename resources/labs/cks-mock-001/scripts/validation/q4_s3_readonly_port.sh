#!/usr/bin/env bash
# Q4: the kubelet of cluster1-node01 serves no read-only port (10255 closed) and is still running.
set -u
code=$(ssh cluster1-node01 'curl -s -o /dev/null -m 5 -w "%{http_code}" http://127.0.0.1:10255/pods' 2>/dev/null)
[ "$code" = "000" ] || { echo "The kubelet of cluster1-node01 still answers on the read-only port 10255 (HTTP $code)."; exit 1; }
state=$(ssh cluster1-node01 'systemctl is-active kubelet' 2>/dev/null)
[ "$state" = "active" ] || { echo "The kubelet of cluster1-node01 is '$state', expected active."; exit 1; }
echo "The read-only port of cluster1-node01 is closed."
