#!/usr/bin/env bash
# Q1: the release's deployment has at least one ready pod.
set -u
ready=$(kubectl --context cluster1 get deployment -n shop -l app.kubernetes.io/instance=shop -o jsonpath='{.items[0].status.readyReplicas}' 2>/dev/null)
[ "${ready:-0}" -ge 1 ] 2>/dev/null || { echo "The deployment of release 'shop' has no ready pod (readyReplicas='${ready}')."; exit 1; }
echo "Release 'shop' has $ready ready pod(s)."
