#!/usr/bin/env bash
# Q7: the chart was rendered (the file exists) and nothing was installed.
set -u
[ -s /home/candidate/preview.yaml ] || { echo "/home/candidate/preview.yaml does not exist yet."; exit 1; }
found=$(helm --kube-context cluster1 list -A -a -o json 2>/dev/null | jq -r '.[] | select(.name == "preview") | .namespace')
[ -z "$found" ] || { echo "A release 'preview' exists in namespace '$found'; expected the chart to be rendered only."; exit 1; }
echo "No release 'preview' exists."
