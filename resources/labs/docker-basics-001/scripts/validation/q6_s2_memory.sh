#!/usr/bin/env bash
# Q6: limited-app may use at most 64 MiB of memory.
set -u
c=limited-app
mem=$(docker inspect --format '{{.HostConfig.Memory}}' "$c" 2>/dev/null) || { echo "No container named '$c' exists."; exit 1; }
[ "$mem" = "67108864" ] || { echo "Memory limit of '$c' is ${mem} bytes, expected 67108864 (64 MiB)."; exit 1; }
echo "'$c' has a 64 MiB memory limit."
