#!/usr/bin/env bash
# Q10: requests on secrets are audited at Metadata level only (never with their bodies). The check reads one
# secret list itself, then looks at the newest audit events for secrets.
set -u
log=/var/log/kubernetes/audit/audit.log
kubectl --context cluster1 get secrets -n prod -o name >/dev/null 2>&1
sleep 2
events=$(ssh cluster1-controlplane 'tail -n 3000 /var/log/kubernetes/audit/audit.log' 2>/dev/null | jq -R -c 'fromjson? | select(.objectRef.resource == "secrets") | .level' 2>/dev/null)
[ -n "$events" ] || { echo "No audit events for secrets in $log on cluster1-controlplane."; exit 1; }
if grep -qv '"Metadata"' <<<"$events"; then
    echo "Some secret requests are audited above Metadata level (the body would be logged)."
    exit 1
fi
echo "Secrets are audited at Metadata level."
