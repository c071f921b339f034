#!/usr/bin/env bash
# Q4: Secret db-cred holds username=admin and password=s3cr3t-pass.
set -u
ns=venus
got=$(kubectl get secret db-cred -n "$ns" -o jsonpath='{.data.username} {.data.password}' 2>/dev/null) || {
    echo "No Secret 'db-cred' in namespace '$ns'."
    exit 1
}
read -r user pass <<<"$got"
user=$(base64 -d <<<"${user:-}" 2>/dev/null)
pass=$(base64 -d <<<"${pass:-}" 2>/dev/null)
[ "$user" = "admin" ] || { echo "Secret 'db-cred' has username '${user}', expected admin."; exit 1; }
[ "$pass" = "s3cr3t-pass" ] || { echo "Secret 'db-cred' does not hold the password s3cr3t-pass."; exit 1; }
echo "Secret 'db-cred' holds the expected username and password."
