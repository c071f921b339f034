#!/usr/bin/env bash
# Q2: the stored test manifest.
set -u
json=$(helm --kube-context cluster1 status qa -n qa -o json 2>/dev/null) || { echo "No Helm release 'qa' in namespace 'qa'."; exit 1; }
manifest=$(jq -r '.hooks[]? | select(any(.events[]?; . == "test")) | .manifest' <<<"$json")
{ grep -q 'busybox:1.36' <<<"$manifest" && grep -q 'qa-webapp' <<<"$manifest"; } || { echo "The test of release 'qa' does not run busybox:1.36 against qa-webapp."; exit 1; }
echo "The test pod checks qa-webapp with busybox:1.36."
