#!/usr/bin/env bash
# Q3: the release's deployment got the library's labels.
set -u
json=$(helm --kube-context cluster1 status orders -n orders -o json 2>/dev/null) || { echo "No Helm release 'orders' in namespace 'orders'."; exit 1; }
status=$(jq -r '.info.status' <<<"$json")
[ "$status" = "deployed" ] || { echo "Release 'orders' is '$status', expected 'deployed'."; exit 1; }
got=$(kubectl --context cluster1 get deployment orders-orders -n orders -o jsonpath='{.metadata.labels.team} {.metadata.labels.app\.kubernetes\.io/managed-by} {.metadata.labels.app\.kubernetes\.io/instance}' 2>/dev/null)
[ "$got" = "platform Helm orders" ] || { echo "Deployment orders-orders has team/managed-by/instance labels '$got', expected 'platform Helm orders'."; exit 1; }
echo "Deployment orders-orders carries the common labels."
