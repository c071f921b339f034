#!/usr/bin/env bash
# Q9: backend.replicaCount is a user-supplied value; the charts' defaults are unchanged.
set -u
got=$(helm --kube-context cluster1 get values suite -n suite -o json 2>/dev/null | jq -r '.backend.replicaCount')
[ "$got" = "3" ] || { echo "Release 'suite' was not given backend.replicaCount=3 (found '$got')."; exit 1; }
grep -qx 'replicaCount: 1' /opt/charts/backend/values.yaml || { echo "/opt/charts/backend/values.yaml was edited."; exit 1; }
echo "backend.replicaCount=3 is a value of release suite."
