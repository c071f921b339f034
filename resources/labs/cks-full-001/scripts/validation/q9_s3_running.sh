#!/usr/bin/env bash
# Q9: the new pod of api is ready, reads the password from /etc/db-creds/password and has no DB_PASSWORD variable.
set -u
ns=secrets-app
json=$(kubectl --context cluster1 get deployment api -n "$ns" -o json 2>/dev/null) || { echo "No deployment 'api' in '$ns'."; exit 1; }
jq -e '.status.observedGeneration >= .metadata.generation and .status.updatedReplicas == 1 and .status.readyReplicas == 1 and .status.replicas == 1' <<<"$json" >/dev/null || {
    echo "Deployment 'api' does not run 1 ready, up-to-date pod."
    exit 1
}
pw=$(timeout 20 kubectl --context cluster1 exec deploy/api -n "$ns" -- cat /etc/db-creds/password 2>/dev/null)
[ "$pw" = "Tr0ub4dor" ] || { echo "/etc/db-creds/password in 'api' does not hold the Secret's password."; exit 1; }
if timeout 20 kubectl --context cluster1 exec deploy/api -n "$ns" -- printenv DB_PASSWORD >/dev/null 2>&1; then
    echo "'api' still has DB_PASSWORD in its environment."
    exit 1
fi
echo "'api' reads the password from its file only."
