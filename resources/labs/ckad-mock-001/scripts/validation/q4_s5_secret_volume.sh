#!/usr/bin/env bash
# Q4: Secret db-cred is mounted read-only at /etc/db in config-app.
set -u
ns=venus
vol=$(kubectl get pod config-app -n "$ns" -o jsonpath='{.spec.volumes[?(@.secret.secretName=="db-cred")].name}' 2>/dev/null) || {
    echo "No pod 'config-app' in namespace '$ns'."
    exit 1
}
[ -n "$vol" ] || { echo "Pod 'config-app' has no volume from Secret 'db-cred'."; exit 1; }
vol=${vol%% *}
mount=$(kubectl get pod config-app -n "$ns" -o jsonpath="{.spec.containers[0].volumeMounts[?(@.name==\"$vol\")].mountPath} {.spec.containers[0].volumeMounts[?(@.name==\"$vol\")].readOnly}")
read -r path ro <<<"$mount"
[ "${path:-}" = "/etc/db" ] || { echo "The 'db-cred' volume is mounted at '${path:-nowhere}', expected /etc/db."; exit 1; }
[ "${ro:-}" = "true" ] || { echo "The 'db-cred' volume is not mounted read-only."; exit 1; }
user=$(kubectl exec config-app -n "$ns" -- cat /etc/db/username 2>/dev/null)
[ "$user" = "admin" ] || { echo "/etc/db/username in 'config-app' does not hold 'admin'."; exit 1; }
echo "Secret 'db-cred' is mounted read-only at /etc/db."
