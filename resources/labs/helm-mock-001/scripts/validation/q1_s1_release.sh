#!/usr/bin/env bash
# Q1: release shop is deployed in namespace shop.
set -u
json=$(helm --kube-context cluster1 status shop -n shop -o json 2>/dev/null) || { echo "No Helm release 'shop' in namespace 'shop'."; exit 1; }
status=$(jq -r '.info.status' <<<"$json")
[ "$status" = "deployed" ] || { echo "Release 'shop' is '$status', expected 'deployed'."; exit 1; }
echo "Release 'shop' is deployed in 'shop'."
