#!/usr/bin/env bash
# Q1: the final image has no toolchain and no sources.
set -u
img="$APP:$VERSION"
docker image inspect "$img" >/dev/null 2>&1 || { echo "No image '$img' exists."; exit 1; }

# shellcheck disable=SC2016 # expanded inside the container
left=$(timeout 20 docker run --rm --entrypoint sh "$img" -c 'for p in /opt/toolchain /src; do [ -e "$p" ] && echo "$p"; done; true' 2>&1)
[ -z "$left" ] || { echo "'$img' still contains: $left"; exit 1; }
echo "'$img' ships neither the toolchain nor the sources."
