#!/usr/bin/env bash
# Q1: docker exec (which uses the container's user) reports the required uid.
set -u
c="$APP-worker"
docker inspect "$c" >/dev/null 2>&1 || { echo "No container named '$c' exists."; exit 1; }

uid=$(timeout 20 docker exec "$c" id -u 2>&1) || { echo "Cannot run 'id -u' in '$c': $uid"; exit 1; }
[ "$uid" = "$RUN_UID" ] || { echo "'$c' runs as user id $uid, expected $RUN_UID."; exit 1; }
echo "'$c' runs as user id $RUN_UID."
