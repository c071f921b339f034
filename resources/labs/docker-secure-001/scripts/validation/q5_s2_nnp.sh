#!/usr/bin/env bash
# Q5: the kernel reports NoNewPrivs 1 for PID 1.
set -u
c="$APP-sandbox"
docker inspect "$c" >/dev/null 2>&1 || { echo "No container named '$c' exists."; exit 1; }

# shellcheck disable=SC2016 # awk's own fields
nnp=$(timeout 20 docker exec "$c" awk '$1 == "NoNewPrivs:" { print $2 }' /proc/1/status 2>&1)
[ "$nnp" = "1" ] || { echo "NoNewPrivs of '$c' is '${nnp:-?}', expected 1 (--security-opt no-new-privileges)."; exit 1; }
echo "'$c' runs with no-new-privileges."
