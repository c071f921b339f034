#!/usr/bin/env bash
# Q11: the rendered ConfigMap.
set -u
json=$(helm --kube-context cluster1 status strict -n strict -o json 2>/dev/null) || { echo "No Helm release 'strict' in namespace 'strict'."; exit 1; }
status=$(jq -r '.info.status' <<<"$json")
[ "$status" = "deployed" ] || { echo "Release 'strict' is '$status', expected 'deployed'."; exit 1; }
got=$(kubectl --context cluster1 get configmap strict-db -n strict -o jsonpath='{.data.host}:{.data.port}' 2>/dev/null)
[ "$got" = "db.strict.svc.cluster.local:6432" ] || { echo "ConfigMap strict-db has '$got', expected 'db.strict.svc.cluster.local:6432'."; exit 1; }
echo "Release 'strict' points at db.strict.svc.cluster.local:6432."
