#!/usr/bin/env bash
# Q11: pod data-writer in storage runs with the claim data-pvc mounted at /data and has written /data/ready.
set -u
json=$(kubectl --context cluster1 get pod data-writer -n storage -o json 2>/dev/null) || { echo "No pod 'data-writer' in 'storage'."; exit 1; }
jq -e '.status.phase == "Running"' <<<"$json" >/dev/null || { echo "Pod 'data-writer' is not Running."; exit 1; }
jq -e '.spec as $s | [$s.volumes[]? | select(.persistentVolumeClaim.claimName == "data-pvc") | .name] as $v
    | any($s.containers[]; any(.volumeMounts[]?; (.name as $n | $v | index($n) != null) and (.mountPath | rtrimstr("/")) == "/data"))' <<<"$json" >/dev/null || {
    echo "Pod 'data-writer' does not mount the claim data-pvc at /data."
    exit 1
}
if ! timeout 20 kubectl --context cluster1 exec data-writer -n storage -- test -f /data/ready 2>/dev/null; then
    echo "Pod 'data-writer' has not written /data/ready."
    exit 1
fi
echo "Pod 'data-writer' uses data-pvc at /data."
