#!/usr/bin/env bash
# Q4: pod config-app runs and sees every key of app-config as an environment variable.
set -u
ns=venus
phase=$(kubectl get pod config-app -n "$ns" -o jsonpath='{.status.phase}' 2>/dev/null) || {
    echo "No pod 'config-app' in namespace '$ns'."
    exit 1
}
[ "$phase" = "Running" ] || { echo "Pod 'config-app' is '$phase', expected 'Running'."; exit 1; }
color=$(kubectl exec config-app -n "$ns" -- printenv APP_COLOR 2>/dev/null)
mode=$(kubectl exec config-app -n "$ns" -- printenv APP_MODE 2>/dev/null)
if [ "$color" != "blue" ] || [ "$mode" != "prod" ]; then
    echo "In 'config-app', APP_COLOR='${color}' and APP_MODE='${mode}', expected the values of ConfigMap 'app-config'."
    exit 1
fi
echo "Pod 'config-app' sees APP_COLOR and APP_MODE from 'app-config'."
