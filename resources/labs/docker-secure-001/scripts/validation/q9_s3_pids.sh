#!/usr/bin/env bash
# Q9: the pids limit is PIDS.
set -u
c="$APP-batch"
docker inspect "$c" >/dev/null 2>&1 || { echo "No container named '$c' exists."; exit 1; }

limit=$(docker inspect --format '{{.HostConfig.PidsLimit}}' "$c")
[ "$limit" = "$PIDS" ] || { echo "Pids limit of '$c' is '$limit', expected $PIDS."; exit 1; }
echo "'$c' may run at most $PIDS processes."
