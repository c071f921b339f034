#!/usr/bin/env bash
# Q5: the container runs as the user nobody (65534).
set -u
c="$APP-sandbox"
docker inspect "$c" >/dev/null 2>&1 || { echo "No container named '$c' exists."; exit 1; }

uid=$(timeout 20 docker exec "$c" id -u 2>&1)
[ "$uid" = "65534" ] || { echo "'$c' runs as user id $uid, expected nobody (65534)."; exit 1; }
echo "'$c' runs as nobody."
