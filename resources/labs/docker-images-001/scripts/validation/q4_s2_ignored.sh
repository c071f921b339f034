#!/usr/bin/env bash
# Q4: the ignored files did not reach the image.
set -u
img="$APP-site:1"
docker image inspect "$img" >/dev/null 2>&1 || { echo "No image '$img' exists."; exit 1; }

# shellcheck disable=SC2016 # expanded inside the container
left=$(timeout 20 docker run --rm "$img" sh -c 'for p in /site/.env /site/logs /site/.git; do [ -e "$p" ] && echo "$p"; done; true' 2>&1)
[ -z "$left" ] || { echo "'$img' still contains: $left"; exit 1; }
echo "'$img' holds no .env, logs or .git."
