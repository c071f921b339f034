#!/usr/bin/env bash
# Q10: a global value, not one per chart.
set -u
got=$(helm --kube-context cluster1 get values stage -n staging -o json 2>/dev/null | jq -r '.global.env')
[ "$got" = "staging" ] || { echo "Release 'stage' was not given global.env=staging (found '$got')."; exit 1; }
echo "Release 'stage' sets global.env=staging."
