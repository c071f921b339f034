#!/usr/bin/env bash
# Q5: the container runs from the lab image.
set -u
c="$APP-sandbox"
info=$(docker inspect --format '{{.State.Status}} {{.Config.Image}}' "$c" 2>/dev/null) || { echo "No container named '$c' exists."; exit 1; }
read -r status image <<<"$info"
[ "$image" = "ckx-lab/secure-box:1" ] || { echo "'$c' was created from '$image', expected 'ckx-lab/secure-box:1'."; exit 1; }
[ "$status" = "running" ] || { echo "'$c' is '$status', expected 'running'."; exit 1; }
echo "'$c' is running."
