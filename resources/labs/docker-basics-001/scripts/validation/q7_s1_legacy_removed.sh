#!/usr/bin/env bash
# Q7: no container labelled app=legacy is left, running or stopped.
set -u
left=$(docker ps -a --filter label=app=legacy --format '{{.Names}}' 2>&1) || { echo "Cannot list containers: $left"; exit 1; }
[ -z "$left" ] || { echo "Containers labelled app=legacy are still there: $(tr '\n' ' ' <<<"$left")"; exit 1; }
echo "No container labelled app=legacy is left."
