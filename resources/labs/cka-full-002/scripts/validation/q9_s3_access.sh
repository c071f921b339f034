#!/usr/bin/env bash
# Q9: user mara may get, list and watch pods in research, and may not delete pods, read secrets or list pods in
# default.
set -u
can() { kubectl --context cluster1 auth can-i "$@" --as mara >/dev/null 2>&1; }
for v in get list watch; do can "$v" pods -n research || { echo "mara cannot $v pods in research."; exit 1; }; done
! can delete pods -n research || { echo "mara may delete pods in research (only get, list, watch asked)."; exit 1; }
! can get secrets -n research || { echo "mara may read secrets in research."; exit 1; }
! can list pods -n default || { echo "mara may list pods outside research."; exit 1; }
echo "mara has exactly read access to pods in research."
