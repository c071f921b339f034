#!/usr/bin/env bash
# Q5: pod no-mkdir in hardening runs with the Localhost seccomp profile profiles/no-mkdir.json.
set -u
json=$(kubectl --context cluster1 get pod no-mkdir -n hardening -o json 2>/dev/null) || { echo "No pod 'no-mkdir' in 'hardening'."; exit 1; }
if ! jq -e '.spec as $s | all($s.containers[];
        (.securityContext.seccompProfile // $s.securityContext.seccompProfile // {}) as $p
        | $p.type == "Localhost" and $p.localhostProfile == "profiles/no-mkdir.json")' <<<"$json" >/dev/null; then
    echo "Pod 'no-mkdir' does not use the Localhost seccomp profile profiles/no-mkdir.json for every container."
    exit 1
fi
jq -e '.status.phase == "Running"' <<<"$json" >/dev/null || { echo "Pod 'no-mkdir' is not Running."; exit 1; }
echo "Pod 'no-mkdir' runs with the no-mkdir seccomp profile."
