#!/usr/bin/env bash
# Q1: the primary group id is the required one.
set -u
c="$APP-worker"
docker inspect "$c" >/dev/null 2>&1 || { echo "No container named '$c' exists."; exit 1; }

gid=$(timeout 20 docker exec "$c" id -g 2>&1) || { echo "Cannot run 'id -g' in '$c': $gid"; exit 1; }
[ "$gid" = "$RUN_UID" ] || { echo "'$c' runs with group id $gid, expected $RUN_UID."; exit 1; }
echo "'$c' runs with group id $RUN_UID."
