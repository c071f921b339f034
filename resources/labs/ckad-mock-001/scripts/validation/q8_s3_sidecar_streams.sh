#!/usr/bin/env bash
# Q8: both containers run and log-tailer streams the lines app writes.
set -u
ns=pluto
ready=$(kubectl get pod log-pod -n "$ns" -o jsonpath='{range .status.containerStatuses[*]}{.name}={.ready}{"\n"}{end}' 2>/dev/null) || {
    echo "No pod 'log-pod' in namespace '$ns'."
    exit 1
}
for c in app log-tailer; do
    grep -qx "$c=true" <<<"$ready" || { echo "Container '$c' of 'log-pod' is not running and ready."; exit 1; }
done
lines=$(kubectl logs log-pod -n "$ns" -c log-tailer --tail=20 2>/dev/null | grep -c .)
[ "${lines:-0}" -gt 0 ] || { echo "The logs of 'log-tailer' are empty: it does not follow /var/log/app/app.log."; exit 1; }
echo "log-tailer streams app.log ($lines recent lines)."
