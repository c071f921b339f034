#!/usr/bin/env bash
# Q19: the StorageClass resizable allows volume expansion.
set -u
got=$(kubectl --context cluster1 get storageclass resizable -o jsonpath='{.allowVolumeExpansion}' 2>/dev/null)
[ "$got" = true ] || { echo "StorageClass resizable has allowVolumeExpansion '${got}', expected true."; exit 1; }
echo "resizable allows expansion."
