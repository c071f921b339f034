#!/usr/bin/env bash
# Q5: both objects of the release got the label.
set -u
json=$(helm --kube-context cluster1 status rendered -n render -o json 2>/dev/null) || { echo "No Helm release 'rendered' in namespace 'render'."; exit 1; }
status=$(jq -r '.info.status' <<<"$json")
[ "$status" = "deployed" ] || { echo "Release 'rendered' is '$status', expected 'deployed'."; exit 1; }
got=$(kubectl --context cluster1 get deployment,service -n render -l app.kubernetes.io/instance=rendered -o jsonpath='{range .items[*]}{.kind}={.metadata.labels.owner} {end}' 2>/dev/null)
[ "$got" = "Deployment=platform-team Service=platform-team " ] || { echo "Objects of release 'rendered' have owner labels '$got', expected Deployment and Service with platform-team."; exit 1; }
echo "The objects of release 'rendered' carry owner=platform-team."
