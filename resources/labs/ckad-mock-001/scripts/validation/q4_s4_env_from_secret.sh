#!/usr/bin/env bash
# Q4: DB_PASSWORD in config-app comes from key password of Secret db-cred (not a literal value).
set -u
ns=venus
ref=$(kubectl get pod config-app -n "$ns" -o jsonpath='{.spec.containers[0].env[?(@.name=="DB_PASSWORD")].valueFrom.secretKeyRef.name}/{.spec.containers[0].env[?(@.name=="DB_PASSWORD")].valueFrom.secretKeyRef.key}' 2>/dev/null) || {
    echo "No pod 'config-app' in namespace '$ns'."
    exit 1
}
[ "$ref" = "db-cred/password" ] || { echo "DB_PASSWORD in 'config-app' does not come from key 'password' of Secret 'db-cred'."; exit 1; }
val=$(kubectl exec config-app -n "$ns" -- printenv DB_PASSWORD 2>/dev/null)
[ "$val" = "s3cr3t-pass" ] || { echo "Inside 'config-app', DB_PASSWORD does not hold the secret's password."; exit 1; }
echo "DB_PASSWORD in 'config-app' comes from Secret 'db-cred'."
