#!/usr/bin/env bash
# Q6: helm still knows legacy, as uninstalled.
set -u
json=$(helm --kube-context cluster1 status legacy -n legacy -o json 2>/dev/null) || { echo "No Helm release 'legacy' in namespace 'legacy'."; exit 1; }
status=$(jq -r '.info.status' <<<"$json")
[ "$status" = "uninstalled" ] || { echo "Release 'legacy' is '$status', expected 'uninstalled' (with its history kept)."; exit 1; }
echo "Release 'legacy' is uninstalled and its history is kept."
