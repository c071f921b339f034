#!/usr/bin/env bash
# Q10: the policy omits the RequestReceived stage and drops requests on events (there is traffic in the log, but
# no RequestReceived stage and no events resource).
set -u
log=/var/log/kubernetes/audit/audit.log
out=$(ssh cluster1-controlplane 'tail -n 3000 /var/log/kubernetes/audit/audit.log' 2>/dev/null | jq -R -r 'fromjson? | [.stage, (.objectRef.resource // "-")] | join(" ")' 2>/dev/null)
[ -n "$out" ] || { echo "No audit events in $log on cluster1-controlplane."; exit 1; }
if grep -q '^RequestReceived ' <<<"$out"; then echo "The audit log still records the RequestReceived stage."; exit 1; fi
if grep -q ' events$' <<<"$out"; then echo "The audit log still records requests on events."; exit 1; fi
echo "The audit log omits RequestReceived and events."
