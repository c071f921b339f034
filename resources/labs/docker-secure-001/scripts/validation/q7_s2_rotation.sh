#!/usr/bin/env bash
# Q7: max-size and max-file are set as required (10m, 10M, 10mb are all accepted).
set -u
c="$APP-audit"
docker inspect "$c" >/dev/null 2>&1 || { echo "No container named '$c' exists."; exit 1; }

size=$(docker inspect --format '{{index .HostConfig.LogConfig.Config "max-size"}}' "$c")
files=$(docker inspect --format '{{index .HostConfig.LogConfig.Config "max-file"}}' "$c")
norm=$(tr '[:upper:]' '[:lower:]' <<<"$size")
norm=${norm%b}
[ "$norm" = "${LOG_MB}m" ] || { echo "max-size of '$c' is '${size:-unset}', expected ${LOG_MB}m."; exit 1; }
[ "$files" = "3" ] || { echo "max-file of '$c' is '${files:-unset}', expected 3."; exit 1; }
echo "'$c' rotates at ${LOG_MB}m and keeps 3 files."
