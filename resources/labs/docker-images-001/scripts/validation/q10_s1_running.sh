#!/usr/bin/env bash
# Q10: the container runs from the registry's image name.
set -u
c="$APP-api"
ref="localhost:${REG_PORT}/team/$APP-api:$VERSION"
info=$(docker inspect --format '{{.State.Status}} {{.Config.Image}}' "$c" 2>/dev/null) || { echo "No container named '$c' exists."; exit 1; }
read -r status image <<<"$info"
[ "$image" = "$ref" ] || { echo "'$c' was created from '$image', expected '$ref'."; exit 1; }
[ "$status" = "running" ] || { echo "'$c' is '$status', expected 'running'."; exit 1; }
echo "'$c' runs from $ref."
