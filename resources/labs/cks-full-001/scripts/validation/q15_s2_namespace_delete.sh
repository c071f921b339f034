#!/usr/bin/env bash
# Q15: deleting a namespace is audited at RequestResponse. The check deletes audit-probe with a server-side dry
# run (nothing is deleted) and looks for that event.
set -u
kubectl --context cluster1 get namespace audit-probe -o name >/dev/null 2>&1 || { echo "Namespace audit-probe is missing; the check needs it."; exit 1; }
kubectl --context cluster1 delete namespace audit-probe --dry-run=server >/dev/null 2>&1
sleep 2
lv=$(ssh cluster1-controlplane 'tail -n 3000 /var/log/kubernetes/audit/cks.log' 2>/dev/null |
    jq -R -r 'fromjson? | select(.verb == "delete" and .objectRef.resource == "namespaces" and .objectRef.name == "audit-probe") | .level' 2>/dev/null | tail -n 1)
[ "$lv" = "RequestResponse" ] || { echo "Deleting a namespace is audited at '${lv:-nothing}', expected RequestResponse."; exit 1; }
echo "Namespace deletions are audited at RequestResponse."
