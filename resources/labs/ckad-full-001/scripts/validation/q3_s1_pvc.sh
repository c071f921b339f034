#!/usr/bin/env bash
# Q3: the claim.
set -u
got=$(kubectl --context cluster1 get pvc data-pvc -n storage -o jsonpath='{.spec.resources.requests.storage} {.spec.accessModes[*]} {.spec.storageClassName} {.status.phase}' 2>/dev/null) || { echo "No PersistentVolumeClaim 'data-pvc' in namespace 'storage'."; exit 1; }
[ "$got" = "100Mi ReadWriteOnce standard Bound" ] || { echo "data-pvc has '$got', expected '100Mi ReadWriteOnce standard Bound'."; exit 1; }
echo "data-pvc is Bound with 100Mi ReadWriteOnce from standard."
