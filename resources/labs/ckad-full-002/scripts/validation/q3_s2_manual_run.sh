#!/usr/bin/env bash
# Q3: Job design/cleanup-manual was created from the CronJob cleanup (kubectl create job --from) and succeeded.
set -u
json=$(kubectl --context cluster1 -n design get job cleanup-manual -o json 2>/dev/null) || { echo "No Job cleanup-manual in namespace design."; exit 1; }
jq -e '(.metadata.annotations["cronjob.kubernetes.io/instantiate"] == "manual") or any(.metadata.ownerReferences[]?; .kind == "CronJob" and .name == "cleanup")' <<<"$json" >/dev/null ||
    { echo "cleanup-manual was not created from the CronJob cleanup."; exit 1; }
jq -e '(.status.succeeded // 0) >= 1' <<<"$json" >/dev/null || { echo "cleanup-manual has not succeeded."; exit 1; }
echo "cleanup-manual ran from the CronJob."
