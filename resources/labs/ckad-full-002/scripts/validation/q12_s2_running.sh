#!/usr/bin/env bash
# Q12: capped/worker has 2 available replicas and the quota capped-quota is unchanged.
set -u
n=$(kubectl --context cluster1 -n capped get deployment worker -o jsonpath='{.status.availableReplicas}' 2>/dev/null)
[ "${n:-0}" = 2 ] || { echo "capped/worker has ${n:-0} available replicas, expected 2."; exit 1; }
hard=$(kubectl --context cluster1 -n capped get resourcequota capped-quota -o json 2>/dev/null | jq -cS '.spec.hard')
[ "$hard" = '{"limits.cpu":"1","limits.memory":"512Mi","requests.cpu":"500m","requests.memory":"256Mi"}' ] || { echo "The quota capped-quota was changed: $hard"; exit 1; }
echo "worker runs 2 pods within the quota."
