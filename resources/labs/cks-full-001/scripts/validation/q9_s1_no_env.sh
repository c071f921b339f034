#!/usr/bin/env bash
# Q9: no container of deployment api takes a Secret through environment variables (env or envFrom), and the
# Secret is mounted instead.
set -u
json=$(kubectl --context cluster1 get deployment api -n secrets-app -o json 2>/dev/null) || { echo "No deployment 'api' in 'secrets-app'."; exit 1; }
if jq -e '.spec.template.spec | (.containers + (.initContainers // []))[] | ((.env // [])[] | select(.valueFrom.secretKeyRef != null)), ((.envFrom // [])[] | select(.secretRef != null))' <<<"$json" >/dev/null; then
    echo "Deployment 'api' still passes a Secret as environment variables."
    exit 1
fi
jq -e 'any(.spec.template.spec.volumes[]?; .secret.secretName == "db-creds")' <<<"$json" >/dev/null || { echo "Deployment 'api' does not mount the Secret db-creds."; exit 1; }
echo "Deployment 'api' no longer passes secrets in its environment."
