#!/usr/bin/env bash
# Q9: per-chart replica counts.
set -u
json=$(helm --kube-context cluster1 status suite -n suite -o json 2>/dev/null) || { echo "No Helm release 'suite' in namespace 'suite'."; exit 1; }
status=$(jq -r '.info.status' <<<"$json")
[ "$status" = "deployed" ] || { echo "Release 'suite' is '$status', expected 'deployed'."; exit 1; }
got=$(kubectl --context cluster1 get deployment suite-frontend suite-backend -n suite -o jsonpath='{range .items[*]}{.metadata.name}={.spec.replicas} {end}' 2>/dev/null)
[ "$got" = "suite-frontend=1 suite-backend=3 " ] || { echo "Release 'suite' has '$got', expected suite-frontend=1 and suite-backend=3."; exit 1; }
echo "suite-frontend runs 1 replica, suite-backend 3."
