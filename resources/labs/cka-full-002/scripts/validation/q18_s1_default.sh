#!/usr/bin/env bash
# Q18: fast-local is the only default StorageClass of cluster1 (standard is no longer default).
set -u
json=$(kubectl --context cluster1 get storageclass -o json 2>/dev/null) || { echo "Cannot list StorageClasses."; exit 1; }
defaults=$(jq -r '[.items[] | select((.metadata.annotations // {})["storageclass.kubernetes.io/is-default-class"] == "true") | .metadata.name] | join(",")' <<<"$json")
[ "$defaults" = fast-local ] || { echo "The default StorageClasses are '${defaults}', expected only fast-local."; exit 1; }
echo "fast-local is the only default StorageClass."
