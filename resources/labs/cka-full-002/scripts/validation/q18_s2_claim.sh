#!/usr/bin/env bash
# Q18: the claim warehouse/cache requests 256Mi ReadWriteOnce and got fast-local as its class.
set -u
got=$(kubectl --context cluster1 -n warehouse get pvc cache -o jsonpath='{.spec.storageClassName} {.spec.resources.requests.storage} {.spec.accessModes[0]}' 2>/dev/null)
[ "$got" = "fast-local 256Mi ReadWriteOnce" ] || { echo "warehouse/cache is '${got:-missing}', expected class fast-local, 256Mi, ReadWriteOnce."; exit 1; }
echo "warehouse/cache uses fast-local."
