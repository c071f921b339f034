#!/usr/bin/env bash
# Q11: StorageClass fast-local: provisioner rancher.io/local-path, reclaimPolicy Retain, WaitForFirstConsumer,
# volume expansion allowed.
set -u
json=$(kubectl --context cluster1 get storageclass fast-local -o json 2>/dev/null) || { echo "No StorageClass 'fast-local' in cluster1."; exit 1; }
jq -e '.provisioner == "rancher.io/local-path"' <<<"$json" >/dev/null || { echo "StorageClass 'fast-local' does not use the provisioner rancher.io/local-path."; exit 1; }
jq -e '.reclaimPolicy == "Retain"' <<<"$json" >/dev/null || { echo "StorageClass 'fast-local' does not retain released volumes (reclaimPolicy)."; exit 1; }
jq -e '.volumeBindingMode == "WaitForFirstConsumer"' <<<"$json" >/dev/null || { echo "StorageClass 'fast-local' binds immediately, expected WaitForFirstConsumer."; exit 1; }
jq -e '.allowVolumeExpansion == true' <<<"$json" >/dev/null || { echo "StorageClass 'fast-local' does not allow volume expansion."; exit 1; }
echo "StorageClass 'fast-local' is configured as asked."
