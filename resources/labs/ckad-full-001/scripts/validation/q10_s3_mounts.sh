#!/usr/bin/env bash
# Q10: behaviour inside the pod.
set -u
phase=$(kubectl --context cluster1 get pod settings-app -n config -o jsonpath='{.status.phase}' 2>/dev/null) || { echo "No pod 'settings-app' in namespace 'config'."; exit 1; }
[ "$phase" = "Running" ] || { echo "Pod 'settings-app' is '$phase', expected 'Running'."; exit 1; }
conf=$(kubectl --context cluster1 exec settings-app -n config -- cat /etc/app/settings.properties 2>/dev/null | head -n 1)
[ "$conf" = "color=green" ] || { echo "/etc/app/settings.properties in settings-app starts with '$conf', expected 'color=green'."; exit 1; }
mode=$(kubectl --context cluster1 exec settings-app -n config -- stat -L -c %a /etc/db/password 2>/dev/null)
[ "$mode" = "400" ] || { echo "/etc/db/password in settings-app has mode '$mode', expected 400."; exit 1; }
ro=$(kubectl --context cluster1 get pod settings-app -n config -o jsonpath='{.spec.containers[0].volumeMounts[?(@.mountPath=="/etc/db")].readOnly}')
[ "$ro" = "true" ] || { echo "The /etc/db mount of settings-app is not readOnly."; exit 1; }
echo "settings-app mounts the ConfigMap and the read-only Secret (0400)."
