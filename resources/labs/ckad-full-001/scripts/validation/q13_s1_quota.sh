#!/usr/bin/env bash
# Q13: the quota (the API server stores quantities canonically: 1000m becomes 1, 1024Mi becomes 1Gi).
set -u
got=$(kubectl --context cluster1 get resourcequota team-quota -n quota -o jsonpath='{.spec.hard.pods} {.spec.hard.requests\.cpu} {.spec.hard.requests\.memory} {.spec.hard.limits\.cpu} {.spec.hard.limits\.memory}' 2>/dev/null) || { echo "No ResourceQuota 'team-quota' in namespace 'quota'."; exit 1; }
[ "$got" = "5 1 1Gi 2 2Gi" ] || { echo "team-quota has pods/requests.cpu/requests.memory/limits.cpu/limits.memory '$got', expected '5 1 1Gi 2 2Gi'."; exit 1; }
echo "team-quota has the asked limits."
