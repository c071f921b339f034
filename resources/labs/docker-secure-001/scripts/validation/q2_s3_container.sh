#!/usr/bin/env bash
# Q2: the container runs from the new image with its default user.
set -u
c="$APP-report"
info=$(docker inspect --format '{{.State.Status}} {{.Config.Image}} {{.Config.User}}' "$c" 2>/dev/null) || { echo "No container named '$c' exists."; exit 1; }
read -r status image user <<<"$info"
[ "$image" = "$APP-report:1.0" ] || { echo "'$c' was created from '$image', expected '$APP-report:1.0'."; exit 1; }
[ "$status" = "running" ] || { echo "'$c' is '$status', expected 'running'."; exit 1; }
imguser=$(docker image inspect --format '{{.Config.User}}' "$image")
[ "$user" = "$imguser" ] || { echo "'$c' overrides the image's user with '$user'; run it without --user."; exit 1; }
uid=$(timeout 20 docker exec "$c" id -u 2>&1)
[ "$uid" = "$RUN_UID" ] || { echo "'$c' runs as user id $uid, expected $RUN_UID."; exit 1; }
echo "'$c' runs from $image as user $RUN_UID."
