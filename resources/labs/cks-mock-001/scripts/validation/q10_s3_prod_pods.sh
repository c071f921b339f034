#!/usr/bin/env bash
# Q10: requests on pods in namespace prod are audited at RequestResponse level. The check lists the pods itself.
set -u
log=/var/log/kubernetes/audit/audit.log
kubectl --context cluster1 get pods -n prod -o name >/dev/null 2>&1
sleep 2
events=$(ssh cluster1-controlplane 'tail -n 3000 /var/log/kubernetes/audit/audit.log' 2>/dev/null |
    jq -R -c 'fromjson? | select(.objectRef.resource == "pods" and .objectRef.namespace == "prod" and (.objectRef.subresource // "") == "") | .level' 2>/dev/null)
[ -n "$events" ] || { echo "No audit events for pods in prod in $log on cluster1-controlplane."; exit 1; }
grep -q '"RequestResponse"' <<<"$events" || { echo "Pods in prod are not audited at RequestResponse level."; exit 1; }
if grep -qv '"RequestResponse"' <<<"$events"; then
    echo "Some requests on pods in prod are audited below RequestResponse."
    exit 1
fi
echo "Pods in prod are audited at RequestResponse level."
