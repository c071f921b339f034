#!/usr/bin/env bash
# Q6: no deployment of legacy remains, keeper is untouched.
set -u
left=$(kubectl --context cluster1 get deployment -n legacy -l app.kubernetes.io/instance=legacy -o name 2>/dev/null)
[ -z "$left" ] || { echo "Release 'legacy' still has '$left'."; exit 1; }
json=$(helm --kube-context cluster1 status keeper -n legacy -o json 2>/dev/null) || { echo "No Helm release 'keeper' in namespace 'legacy'."; exit 1; }
status=$(jq -r '.info.status' <<<"$json")
[ "$status" = "deployed" ] || { echo "Release 'keeper' is '$status', expected 'deployed'."; exit 1; }
echo "legacy's deployment is gone; keeper is deployed."
