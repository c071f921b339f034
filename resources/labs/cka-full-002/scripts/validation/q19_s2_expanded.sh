#!/usr/bin/env bash
# Q19: the original claim store/logs (same UID, still bound, class resizable) requests 2Gi. local-path cannot
# grow a volume, so the request is what counts, not status.capacity.
set -u
uid=$(cat /root/.ckx-lab/q19-uid 2>/dev/null) || { echo "The lab state of question 19 is missing."; exit 1; }
got=$(kubectl --context cluster1 -n store get pvc logs -o jsonpath='{.metadata.uid} {.status.phase} {.spec.storageClassName} {.spec.resources.requests.storage}' 2>/dev/null)
[ "$got" = "$uid Bound resizable 2Gi" ] || { echo "store/logs is '${got:-missing}', expected the original claim, Bound, class resizable, 2Gi."; exit 1; }
echo "store/logs was expanded to 2Gi."
