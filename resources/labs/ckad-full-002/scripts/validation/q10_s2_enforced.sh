#!/usr/bin/env bash
# Q10: inside secure-app the process runs as uid 1000, cannot write to / but can write to /tmp.
set -u
id=$(kubectl --context cluster1 -n secure exec secure-app -- id -u 2>/dev/null)
[ "$id" = 1000 ] || { echo "secure-app runs as uid '${id}', expected 1000 (is it running?)."; exit 1; }
if kubectl --context cluster1 -n secure exec secure-app -- touch /ckx-probe >/dev/null 2>&1; then echo "secure-app can write to its root filesystem."; exit 1; fi
kubectl --context cluster1 -n secure exec secure-app -- touch /tmp/ckx-probe >/dev/null 2>&1 || { echo "secure-app cannot write to /tmp."; exit 1; }
echo "secure-app runs as 1000 on a read-only root with a writable /tmp."
