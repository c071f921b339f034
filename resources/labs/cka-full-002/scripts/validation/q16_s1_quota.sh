#!/usr/bin/env bash
# Q16: ResourceQuota quota-lab/compute-quota caps requests at 1 CPU / 1Gi, limits at 2 CPU / 2Gi and pods at 5.
set -u
json=$(kubectl --context cluster1 -n quota-lab get resourcequota compute-quota -o json 2>/dev/null) || { echo "No ResourceQuota compute-quota in quota-lab."; exit 1; }
# status.hard holds the quantities in canonical form (1000m is shown as 1).
jq -e '.status.hard as $h | $h["requests.cpu"] == "1" and $h["requests.memory"] == "1Gi" and $h["limits.cpu"] == "2" and $h["limits.memory"] == "2Gi" and $h.pods == "5"' <<<"$json" >/dev/null ||
    { echo "compute-quota hard limits are $(jq -c '.status.hard // .spec.hard' <<<"$json")."; exit 1; }
echo "compute-quota is as asked."
