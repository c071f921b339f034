#!/usr/bin/env bash
# Q1: Job batch/checksum completed: 6 pods succeeded and the Complete condition is True.
set -u
json=$(kubectl --context cluster1 -n batch get job checksum -o json 2>/dev/null) || { echo "No Job checksum in namespace batch."; exit 1; }
jq -e '(.status.succeeded // 0) == 6 and any(.status.conditions[]?; .type == "Complete" and .status == "True")' <<<"$json" >/dev/null ||
    { echo "checksum has $(jq -r '.status.succeeded // 0' <<<"$json") of 6 completions and is not Complete."; exit 1; }
echo "Job checksum completed 6 times."
