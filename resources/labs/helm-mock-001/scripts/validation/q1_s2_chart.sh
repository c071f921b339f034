#!/usr/bin/env bash
# Q1: the release comes from the chart webapp 1.0.0.
set -u
json=$(helm --kube-context cluster1 status shop -n shop -o json 2>/dev/null) || { echo "No Helm release 'shop' in namespace 'shop'."; exit 1; }
chart=$(jq -r '.chart.metadata.name + "-" + .chart.metadata.version' <<<"$json")
[ "$chart" = "webapp-1.0.0" ] || { echo "Release 'shop' uses chart '$chart', expected 'webapp-1.0.0'."; exit 1; }
echo "Release 'shop' uses chart webapp-1.0.0."
