#!/usr/bin/env bash
# Q7: pod no-chmod in sec runs on cluster1-node01 with the Localhost profile profiles/deny-chmod.json.
set -u
json=$(kubectl --context cluster1 get pod no-chmod -n sec -o json 2>/dev/null) || { echo "No pod 'no-chmod' in 'sec'."; exit 1; }
jq -e '.spec as $s | all($s.containers[]; (.securityContext.seccompProfile // $s.securityContext.seccompProfile // {}) as $p
    | $p.type == "Localhost" and $p.localhostProfile == "profiles/deny-chmod.json")' <<<"$json" >/dev/null || {
    echo "Pod 'no-chmod' does not use the Localhost profile profiles/deny-chmod.json."
    exit 1
}
jq -e '.status.phase == "Running"' <<<"$json" >/dev/null || { echo "Pod 'no-chmod' is not Running."; exit 1; }
echo "Pod 'no-chmod' runs with deny-chmod.json."
