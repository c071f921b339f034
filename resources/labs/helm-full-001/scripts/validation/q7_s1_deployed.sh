#!/usr/bin/env bash
# Q7: a new deployed revision (3 or later) exists.
set -u
json=$(helm --kube-context cluster1 status broken -n broken -o json 2>/dev/null) || { echo "No Helm release 'broken' in namespace 'broken'."; exit 1; }
status=$(jq -r '.info.status' <<<"$json")
[ "$status" = "deployed" ] || { echo "Release 'broken' is '$status', expected 'deployed'."; exit 1; }
version=$(jq -r '.version' <<<"$json")
[ "$version" -ge 3 ] || { echo "Release 'broken' is at revision $version, expected a revision after the failed revision 2."; exit 1; }
echo "Release 'broken' is deployed at revision $version."
