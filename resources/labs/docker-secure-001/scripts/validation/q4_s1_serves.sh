#!/usr/bin/env bash
# Q4: the web server inside the container answers on port 80.
set -u
c="$APP-web"
info=$(docker inspect --format '{{.State.Status}} {{.Config.Image}}' "$c" 2>/dev/null) || { echo "No container named '$c' exists."; exit 1; }
read -r status image <<<"$info"
[ "$image" = "ckx-lab/secure-box:1" ] || { echo "'$c' was created from '$image', expected 'ckx-lab/secure-box:1'."; exit 1; }
[ "$status" = "running" ] || { echo "'$c' is '$status', expected 'running'."; exit 1; }

page=$(timeout 20 docker exec "$c" wget -q -O- http://127.0.0.1:80/ 2>&1) || { echo "Nothing answers on port 80 in '$c': $page"; exit 1; }
echo "'$c' answers on port 80."
