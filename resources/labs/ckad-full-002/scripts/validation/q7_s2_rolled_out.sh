#!/usr/bin/env bash
# Q7: the probed version of health/api is rolled out: 2 updated, ready replicas and no restarts.
set -u
json=$(kubectl --context cluster1 -n health get deployment api -o json 2>/dev/null) || { echo "No deployment api in namespace health."; exit 1; }
jq -e '.spec.template.spec.containers[0].readinessProbe != null and (.status.updatedReplicas // 0) == 2 and (.status.readyReplicas // 0) == 2 and (.status.replicas // 0) == 2' <<<"$json" >/dev/null ||
    { echo "health/api with probes is not rolled out to 2 ready replicas."; exit 1; }
r=$(kubectl --context cluster1 -n health get pods -l app=api -o json 2>/dev/null | jq '[.items[].status.containerStatuses[]?.restartCount] | add // 0')
[ "$r" = 0 ] || { echo "The api pods restarted $r times (a probe kills them)."; exit 1; }
echo "health/api is ready with its probes."
