#!/usr/bin/env bash
# Q6: limited-app may use at most $LIMIT_MB MiB of memory.
set -u
c=limited-app
mem=$(docker inspect --format '{{.HostConfig.Memory}}' "$c" 2>/dev/null) || { echo "No container named '$c' exists."; exit 1; }
[ "$mem" = "$((LIMIT_MB * 1048576))" ] || { echo "Memory limit of '$c' is ${mem} bytes, expected $((LIMIT_MB * 1048576)) ($LIMIT_MB MiB)."; exit 1; }
echo "'$c' has a $LIMIT_MB MiB memory limit."
