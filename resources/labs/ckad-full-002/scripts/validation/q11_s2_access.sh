#!/usr/bin/env bash
# Q11: reporter may get and list configmaps in reports, and may not read secrets or change configmaps.
set -u
can() { kubectl --context cluster1 auth can-i "$@" -n reports --as system:serviceaccount:reports:reporter >/dev/null 2>&1; }
if ! can get configmaps || ! can list configmaps; then echo "reporter cannot get and list configmaps in reports."; exit 1; fi
if can get secrets || can update configmaps || can delete configmaps; then echo "reporter may do more than read configmaps."; exit 1; fi
echo "reporter reads configmaps and nothing else."
