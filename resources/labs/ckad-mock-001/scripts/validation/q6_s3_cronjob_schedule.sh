#!/usr/bin/env bash
# Q6: cronjob nightly-report runs busybox:1.36 at 02:30 every day.
set -u
ns=jupiter
got=$(kubectl get cronjob nightly-report -n "$ns" -o jsonpath='{.spec.jobTemplate.spec.template.spec.containers[0].image}|{.spec.schedule}' 2>/dev/null) || {
    echo "No cronjob 'nightly-report' in namespace '$ns'."
    exit 1
}
image=${got%%|*}
schedule=${got#*|}
[ "$schedule" = "30 2 * * *" ] || { echo "CronJob 'nightly-report' has schedule '$schedule', expected '30 2 * * *'."; exit 1; }
[ "$image" = "busybox:1.36" ] || { echo "CronJob 'nightly-report' uses image '$image', expected 'busybox:1.36'."; exit 1; }
echo "CronJob 'nightly-report' runs busybox:1.36 at 02:30 daily."
