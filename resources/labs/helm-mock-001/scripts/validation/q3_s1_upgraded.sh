#!/usr/bin/env bash
# Q3: release api has a newer revision and is deployed.
set -u
json=$(helm --kube-context cluster1 status api -n api -o json 2>/dev/null) || { echo "No Helm release 'api' in namespace 'api'."; exit 1; }
status=$(jq -r '.info.status' <<<"$json")
version=$(jq -r '.version' <<<"$json")
{ [ "$status" = "deployed" ] && [ "$version" -ge 2 ]; } || { echo "Release 'api' is '$status' at revision $version, expected deployed at revision 2 or later."; exit 1; }
echo "Release 'api' is deployed at revision $version."
