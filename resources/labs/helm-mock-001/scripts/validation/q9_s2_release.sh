#!/usr/bin/env bash
# Q9: release store is deployed and the backend is switched on.
set -u
json=$(helm --kube-context cluster1 status store -n store -o json 2>/dev/null) || { echo "No Helm release 'store' in namespace 'store'."; exit 1; }
status=$(jq -r '.info.status' <<<"$json")
enabled=$(helm --kube-context cluster1 get values store -n store -a -o json 2>/dev/null | jq -r '.backend.enabled')
{ [ "$status" = "deployed" ] && [ "$enabled" = "true" ]; } || { echo "Release 'store' is '$status' with backend.enabled=$enabled, expected deployed with true."; exit 1; }
echo "Release 'store' is deployed with the backend enabled."
