#!/usr/bin/env bash
# Q8: an emptyDir volume named logs is mounted at /var/log/app in both containers.
set -u
ns=pluto
kind=$(kubectl get pod log-pod -n "$ns" -o jsonpath='{.spec.volumes[?(@.name=="logs")].emptyDir}' 2>/dev/null) || {
    echo "No pod 'log-pod' in namespace '$ns'."
    exit 1
}
[ -n "$kind" ] || { echo "Pod 'log-pod' has no emptyDir volume named 'logs'."; exit 1; }
for c in app log-tailer; do
    path=$(kubectl get pod log-pod -n "$ns" -o jsonpath="{.spec.containers[?(@.name==\"$c\")].volumeMounts[?(@.name==\"logs\")].mountPath}")
    [ "$path" = "/var/log/app" ] || { echo "Container '$c' mounts 'logs' at '${path:-nowhere}', expected /var/log/app."; exit 1; }
done
echo "The emptyDir 'logs' is shared at /var/log/app by both containers."
