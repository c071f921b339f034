#!/usr/bin/env bash
# Q10: the Helm release status in namespace status-page of cluster1 is deployed from the chart status-page 0.3.0.
set -u
json=$(helm --kube-context cluster1 -n status-page list --filter '^status$' -o json 2>/dev/null) || { echo "Cannot list Helm releases in status-page."; exit 1; }
jq -e 'any(.[]; .name == "status" and .status == "deployed" and .chart == "status-page-0.3.0")' <<<"$json" >/dev/null ||
    { echo "No deployed release 'status' of chart status-page-0.3.0 in namespace status-page."; exit 1; }
echo "Release status is deployed."
