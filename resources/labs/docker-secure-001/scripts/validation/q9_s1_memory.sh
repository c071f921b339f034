#!/usr/bin/env bash
# Q9: memory and memory+swap limits are MEM_MB MiB.
set -u
c="$APP-batch"
docker inspect "$c" >/dev/null 2>&1 || { echo "No container named '$c' exists."; exit 1; }

read -r mem swap <<<"$(docker inspect --format '{{.HostConfig.Memory}} {{.HostConfig.MemorySwap}}' "$c")"
want=$((MEM_MB * 1024 * 1024))
[ "$mem" = "$want" ] || { echo "Memory limit of '$c' is $mem bytes, expected $want ($MEM_MB MiB)."; exit 1; }
[ "$swap" = "$want" ] || { echo "Memory+swap limit of '$c' is $swap bytes, expected $want (no swap)."; exit 1; }
echo "'$c' may use $MEM_MB MiB and no swap."
