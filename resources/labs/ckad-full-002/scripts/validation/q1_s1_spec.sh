#!/usr/bin/env bash
# Q1: Job batch/checksum runs 6 completions, 2 at a time, with backoffLimit 3 and a 120 s deadline, on busybox:1.36.
set -u
json=$(kubectl --context cluster1 -n batch get job checksum -o json 2>/dev/null) || { echo "No Job checksum in namespace batch."; exit 1; }
jq -e '.spec.completions == 6 and .spec.parallelism == 2 and .spec.backoffLimit == 3 and .spec.activeDeadlineSeconds == 120' <<<"$json" >/dev/null ||
    { echo "checksum has $(jq -c '{completions: .spec.completions, parallelism: .spec.parallelism, backoffLimit: .spec.backoffLimit, activeDeadlineSeconds: .spec.activeDeadlineSeconds}' <<<"$json")."; exit 1; }
jq -e 'any(.spec.template.spec.containers[]; .image == "busybox:1.36")' <<<"$json" >/dev/null || { echo "checksum does not run busybox:1.36."; exit 1; }
echo "Job checksum is specified as asked."
