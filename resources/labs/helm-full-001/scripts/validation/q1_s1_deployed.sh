#!/usr/bin/env bash
# Q1: deployed, and no hook Job left behind.
set -u
json=$(helm --kube-context cluster1 status hooked -n hooks -o json 2>/dev/null) || { echo "No Helm release 'hooked' in namespace 'hooks'."; exit 1; }
status=$(jq -r '.info.status' <<<"$json")
[ "$status" = "deployed" ] || { echo "Release 'hooked' is '$status', expected 'deployed'."; exit 1; }
left=$(kubectl --context cluster1 get job hooked-migrate -n hooks -o name 2>/dev/null)
[ -z "$left" ] || { echo "The hook Job hooked-migrate is still there; expected it deleted after success."; exit 1; }
echo "Release 'hooked' is deployed and its hook cleaned up."
