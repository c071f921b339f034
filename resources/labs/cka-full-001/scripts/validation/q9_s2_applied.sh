#!/usr/bin/env bash
# Q9: deployment prod-catalog runs in kprod with 3 ready replicas labelled env=prod.
set -u
json=$(kubectl --context cluster1 get deployment prod-catalog -n kprod -o json 2>/dev/null) || { echo "No deployment 'prod-catalog' in 'kprod'."; exit 1; }
jq -e '.metadata.labels.env == "prod" and .spec.template.metadata.labels.env == "prod" and .spec.replicas == 3 and .status.readyReplicas == 3' <<<"$json" >/dev/null || {
    echo "Deployment 'prod-catalog' must run 3 ready replicas labelled env=prod."
    exit 1
}
echo "prod-catalog runs in kprod."
