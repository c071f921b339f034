#!/usr/bin/env bash
# Q7: the container uses the json-file log driver.
set -u
c="$APP-audit"
docker inspect "$c" >/dev/null 2>&1 || { echo "No container named '$c' exists."; exit 1; }

driver=$(docker inspect --format '{{.HostConfig.LogConfig.Type}}' "$c")
[ "$driver" = "json-file" ] || { echo "'$c' logs with '$driver', expected json-file."; exit 1; }
echo "'$c' logs with json-file."
