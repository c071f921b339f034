#!/usr/bin/env bash
# Q5: the pod node-check/pinned, bound to cluster3-node01, runs with its container ready.
set -u
ready=$(kubectl --context cluster3 -n node-check get pod pinned -o jsonpath='{.status.containerStatuses[0].ready}' 2>/dev/null)
[ "$ready" = true ] || { echo "node-check/pinned is not running and ready on cluster3-node01."; exit 1; }
echo "node-check/pinned runs."
