#!/usr/bin/env bash
# Q9: /root/ckad/legacy/app.yaml now passes a server-side dry run against cluster1 (only served API versions).
set -u
f=/root/ckad/legacy/app.yaml
[ -s "$f" ] || { echo "$f is missing."; exit 1; }
n=$(kubectl --context cluster1 apply --dry-run=server -f "$f" -o name 2>/dev/null | wc -l)
[ "$n" -ge 3 ] || { echo "$f does not apply on cluster1 (an API version that is no longer served?)."; exit 1; }
echo "$f uses served API versions."
