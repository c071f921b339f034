#!/usr/bin/env bash
# Q3: CronJob design/cleanup runs every 15 minutes, never concurrently, keeps 2 successful and 1 failed job, and
# may start at most 60 s late.
set -u
json=$(kubectl --context cluster1 -n design get cronjob cleanup -o json 2>/dev/null) || { echo "No CronJob cleanup in namespace design."; exit 1; }
jq -e '.spec.schedule == "*/15 * * * *" and .spec.concurrencyPolicy == "Forbid" and .spec.successfulJobsHistoryLimit == 2 and .spec.failedJobsHistoryLimit == 1 and .spec.startingDeadlineSeconds == 60' <<<"$json" >/dev/null ||
    { echo "cleanup is $(jq -c '.spec | {schedule, concurrencyPolicy, successfulJobsHistoryLimit, failedJobsHistoryLimit, startingDeadlineSeconds}' <<<"$json")."; exit 1; }
jq -e 'any(.spec.jobTemplate.spec.template.spec.containers[]; .image == "busybox:1.36")' <<<"$json" >/dev/null || { echo "cleanup does not run busybox:1.36."; exit 1; }
echo "CronJob cleanup is as asked."
