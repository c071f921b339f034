#!/usr/bin/env bash
# Q4: the kubelet API of cluster1-node01 (port 10250) rejects anonymous requests with 401.
set -u
# shellcheck disable=SC2016 # expands on the node
code=$(ssh cluster1-node01 'curl -sk -o /dev/null -m 5 -w "%{http_code}" https://127.0.0.1:10250/pods' 2>/dev/null)
[ "$code" = "401" ] || { echo "An anonymous request to the kubelet of cluster1-node01 got HTTP ${code:-no answer}, expected 401."; exit 1; }
echo "The kubelet of cluster1-node01 rejects anonymous requests."
