#!/usr/bin/env bash
# Q8: the release runs the new chart.
set -u
json=$(helm --kube-context cluster1 status inventory -n inventory -o json 2>/dev/null) || { echo "No Helm release 'inventory' in namespace 'inventory'."; exit 1; }
status=$(jq -r '.info.status' <<<"$json")
chart=$(jq -r '.chart.metadata.name + "-" + .chart.metadata.version' <<<"$json")
{ [ "$status" = "deployed" ] && [ "$chart" = "inventory-0.2.0" ]; } || { echo "Release 'inventory' is '$status' with chart '$chart', expected deployed inventory-0.2.0."; exit 1; }
echo "Release 'inventory' is deployed from inventory-0.2.0."
