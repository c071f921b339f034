#!/usr/bin/env bash
# Q12: the container of capped/worker requests 100m CPU / 64Mi and is limited to 200m CPU / 128Mi.
set -u
got=$(kubectl --context cluster1 -n capped get deployment worker -o json 2>/dev/null | jq -r '.spec.template.spec.containers[0].resources | "\(.requests.cpu) \(.requests.memory) \(.limits.cpu) \(.limits.memory)"')
[ "$got" = "100m 64Mi 200m 128Mi" ] || { echo "worker has requests/limits '${got:-missing}', expected 100m 64Mi 200m 128Mi."; exit 1; }
echo "worker has the requested resources."
