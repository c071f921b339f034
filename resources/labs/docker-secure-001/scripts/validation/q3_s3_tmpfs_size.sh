#!/usr/bin/env bash
# Q3: the tmpfs has the required size.
set -u
c="$APP-ro"
docker inspect "$c" >/dev/null 2>&1 || { echo "No container named '$c' exists."; exit 1; }

kb=$(timeout 20 docker exec "$c" df -k /tmp 2>/dev/null | awk 'NR == 2 { print $2 }')
[ "$kb" = "$((TMP_MB * 1024))" ] || { echo "/tmp in '$c' is ${kb:-?} KiB, expected $((TMP_MB * 1024)) KiB ($TMP_MB MiB)."; exit 1; }
echo "/tmp in '$c' is $TMP_MB MiB."
