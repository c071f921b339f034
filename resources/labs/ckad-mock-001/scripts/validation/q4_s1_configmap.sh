#!/usr/bin/env bash
# Q4: ConfigMap app-config holds APP_COLOR=blue and APP_MODE=prod.
set -u
ns=venus
got=$(kubectl get configmap app-config -n "$ns" -o jsonpath='{.data.APP_COLOR} {.data.APP_MODE}' 2>/dev/null) || {
    echo "No ConfigMap 'app-config' in namespace '$ns'."
    exit 1
}
[ "$got" = "blue prod" ] || { echo "ConfigMap 'app-config' has APP_COLOR='${got%% *}' APP_MODE='${got#* }', expected blue and prod."; exit 1; }
echo "ConfigMap 'app-config' holds APP_COLOR=blue and APP_MODE=prod."
