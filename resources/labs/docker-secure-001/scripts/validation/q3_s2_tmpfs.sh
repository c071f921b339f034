#!/usr/bin/env bash
# Q3: /tmp is a tmpfs mount that accepts writes.
set -u
c="$APP-ro"
docker inspect "$c" >/dev/null 2>&1 || { echo "No container named '$c' exists."; exit 1; }

# shellcheck disable=SC2016 # awk's own fields
fstype=$(timeout 20 docker exec "$c" awk '$2 == "/tmp" { print $3 }' /proc/mounts 2>&1)
[ "$fstype" = "tmpfs" ] || { echo "/tmp in '$c' is '${fstype:-not a mount}', expected a tmpfs."; exit 1; }
timeout 20 docker exec "$c" sh -c 'echo ok > /tmp/.ckx-probe && rm /tmp/.ckx-probe' || { echo "/tmp in '$c' is not writable."; exit 1; }
echo "/tmp in '$c' is a writable tmpfs."
