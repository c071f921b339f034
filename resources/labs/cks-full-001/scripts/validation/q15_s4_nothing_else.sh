#!/usr/bin/env bash
# Q15: nothing else is audited: the newest events are only the three kinds the policy asks for, and the
# RequestReceived stage is omitted.
set -u
ev=$(ssh cluster1-controlplane 'tail -n 3000 /var/log/kubernetes/audit/cks.log' 2>/dev/null |
    jq -R -r 'fromjson? | "\(.stage) \(.verb) \(.objectRef.resource // "-") \(.objectRef.namespace // "-")"' 2>/dev/null)
[ -n "$ev" ] || { echo "No audit events in /var/log/kubernetes/audit/cks.log on cluster1-controlplane."; exit 1; }
if grep -q '^RequestReceived ' <<<"$ev"; then echo "The audit log still records the RequestReceived stage."; exit 1; fi
other=$(awk '!( $3 == "secrets" || ($3 == "configmaps" && $4 == "kube-system") || ($2 == "delete" && $3 == "namespaces") )' <<<"$ev" | head -n 3)
[ -z "$other" ] || { echo "The audit log records other requests too, e.g. '${other//$'\n'/; }'."; exit 1; }
echo "Only the requested events are audited."
