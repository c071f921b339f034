#!/usr/bin/env bash
# Q6: installed from the package; the source chart was not edited.
set -u
json=$(helm --kube-context cluster1 status packaged -n repo -o json 2>/dev/null) || { echo "No Helm release 'packaged' in namespace 'repo'."; exit 1; }
status=$(jq -r '.info.status' <<<"$json")
[ "$status" = "deployed" ] || { echo "Release 'packaged' is '$status', expected 'deployed'."; exit 1; }
chart=$(jq -r '.chart.metadata.name + "-" + .chart.metadata.version' <<<"$json")
[ "$chart" = "webapp-1.1.0" ] || { echo "Release 'packaged' uses chart '$chart', expected webapp-1.1.0."; exit 1; }
grep -qx 'version: 1.0.0' /opt/charts/webapp/Chart.yaml || { echo "/opt/charts/webapp/Chart.yaml was edited; use helm package --version."; exit 1; }
echo "Release 'packaged' runs webapp-1.1.0."
