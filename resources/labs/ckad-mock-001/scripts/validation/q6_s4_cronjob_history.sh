#!/usr/bin/env bash
# Q6: cronjob nightly-report keeps 2 successful and 1 failed job and restarts failed pods in place.
set -u
ns=jupiter
got=$(kubectl get cronjob nightly-report -n "$ns" -o jsonpath='{.spec.successfulJobsHistoryLimit} {.spec.failedJobsHistoryLimit} {.spec.jobTemplate.spec.template.spec.restartPolicy}' 2>/dev/null) || {
    echo "No cronjob 'nightly-report' in namespace '$ns'."
    exit 1
}
read -r ok failed restart <<<"$got"
if [ "$ok" != "2" ] || [ "$failed" != "1" ] || [ "$restart" != "OnFailure" ]; then
    echo "CronJob 'nightly-report' keeps $ok successful / $failed failed jobs with restartPolicy $restart, expected 2, 1, OnFailure."
    exit 1
fi
echo "CronJob 'nightly-report' has the expected history limits and restart policy."
