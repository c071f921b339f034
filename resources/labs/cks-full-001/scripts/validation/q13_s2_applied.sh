#!/usr/bin/env bash
# Q13: only the secure pods run in review: web and worker are Running, backup, cache and metrics do not exist.
set -u
names=$(kubectl --context cluster1 get pods -n review -o jsonpath='{range .items[*]}{.metadata.name}{"\n"}{end}' 2>/dev/null)
for p in backup cache metrics; do
    if grep -qx "$p" <<<"$names"; then echo "The insecure pod '$p' was created in 'review'."; exit 1; fi
done
for p in web worker; do
    phase=$(kubectl --context cluster1 get pod "$p" -n review -o jsonpath='{.status.phase}' 2>/dev/null)
    [ "$phase" = "Running" ] || { echo "The secure pod '$p' is not running in 'review'."; exit 1; }
done
echo "Only web and worker run in 'review'."
