#!/usr/bin/env bash
# Q7: /var/lib/kubelet/seccomp/profiles/deny-chmod.json on cluster1-node01 allows by default and returns an error
# for chmod, fchmod and fchmodat.
set -u
json=$(ssh cluster1-node01 'cat /var/lib/kubelet/seccomp/profiles/deny-chmod.json' 2>/dev/null) || { echo "No profile deny-chmod.json on cluster1-node01."; exit 1; }
if ! jq -e '.defaultAction == "SCMP_ACT_ALLOW"
    and ([.syscalls[]? | select(.action == "SCMP_ACT_ERRNO") | .names[]] as $n | all("chmod", "fchmod", "fchmodat"; . as $s | $n | index($s) != null))' <<<"$json" >/dev/null 2>&1; then
    echo "deny-chmod.json must allow by default and deny chmod, fchmod and fchmodat with SCMP_ACT_ERRNO."
    exit 1
fi
echo "The profile deny-chmod.json is in place."
