#!/usr/bin/env bash
# Q8: the pod is ready; api-conf still holds the original data; no api-config was created.
set -u
ready=$(kubectl --context cluster1 get deployment broken-api -n debug -o jsonpath='{.status.readyReplicas}' 2>/dev/null)
[ "${ready:-0}" -ge 1 ] 2>/dev/null || { echo "broken-api has no ready replica."; exit 1; }
data=$(kubectl --context cluster1 get configmap api-conf -n debug -o jsonpath='{.data.app\.conf}' 2>/dev/null)
[ "$data" = "mode=prod" ] || { echo "ConfigMap 'api-conf' was changed (app.conf='$data')."; exit 1; }
extra=$(kubectl --context cluster1 get configmap api-config -n debug -o name 2>/dev/null)
[ -z "$extra" ] || { echo "A ConfigMap 'api-config' was created; fix the Deployment instead."; exit 1; }
echo "broken-api is ready with the original api-conf."
