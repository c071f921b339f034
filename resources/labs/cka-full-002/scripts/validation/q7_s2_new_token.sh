#!/usr/bin/env bash
# Q7: a bootstrap token for authentication was created in cluster3 after the setup.
set -u
start=$(cat /root/.ckx-lab/q7-start 2>/dev/null) || { echo "The lab state of question 7 is missing."; exit 1; }
json=$(kubectl --context cluster3 -n kube-system get secrets --field-selector type=bootstrap.kubernetes.io/token -o json 2>/dev/null) || { echo "Cannot list secrets in cluster3."; exit 1; }
jq -e --arg s "$start" 'any(.items[]; .metadata.creationTimestamp >= $s and (.data["usage-bootstrap-authentication"] // "" | @base64d) == "true")' <<<"$json" >/dev/null ||
    { echo "No bootstrap token was created in cluster3 after the setup."; exit 1; }
echo "A new bootstrap token exists in cluster3."
