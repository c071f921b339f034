#!/usr/bin/env bash
# Q4: rendering with good and bad replica counts.
set -u
chart=/opt/charts/webapp-s
[ -f "$chart/values.schema.json" ] || { echo "$chart/values.schema.json does not exist."; exit 1; }
for bad in 0 9; do
    if helm template t "$chart" --set replicaCount="$bad" >/dev/null 2>&1; then echo "replicaCount=$bad is accepted."; exit 1; fi
done
if helm template t "$chart" --set-string replicaCount=many >/dev/null 2>&1; then echo "replicaCount=many is accepted."; exit 1; fi
for good in 1 5; do
    helm template t "$chart" --set replicaCount="$good" >/dev/null 2>&1 || { echo "replicaCount=$good is rejected."; exit 1; }
done
echo "replicaCount must be an integer from 1 to 5."
