#!/usr/bin/env bash
# Q10: both pod templates carry env=staging.
set -u
json=$(helm --kube-context cluster1 status stage -n staging -o json 2>/dev/null) || { echo "No Helm release 'stage' in namespace 'staging'."; exit 1; }
status=$(jq -r '.info.status' <<<"$json")
[ "$status" = "deployed" ] || { echo "Release 'stage' is '$status', expected 'deployed'."; exit 1; }
got=$(kubectl --context cluster1 get deployment stage-frontend stage-backend -n staging -o jsonpath='{range .items[*]}{.metadata.name}={.spec.template.metadata.labels.env} {end}' 2>/dev/null)
[ "$got" = "stage-frontend=staging stage-backend=staging " ] || { echo "Release 'stage' has pod labels '$got', expected env=staging on stage-frontend and stage-backend."; exit 1; }
echo "Both charts of release 'stage' label their pods env=staging."
