#!/usr/bin/env bash
# Q6: Docker reports the container healthy.
set -u
c="$APP-api"
info=$(docker inspect --format '{{.State.Status}} {{.Config.Image}}' "$c" 2>/dev/null) || { echo "No container named '$c' exists."; exit 1; }
read -r status image <<<"$info"
[ "$image" = "ckx-lab/secure-box:1" ] || { echo "'$c' was created from '$image', expected 'ckx-lab/secure-box:1'."; exit 1; }
[ "$status" = "running" ] || { echo "'$c' is '$status', expected 'running'."; exit 1; }

health=$(docker inspect --format '{{if .State.Health}}{{.State.Health.Status}}{{end}}' "$c")
[ "$health" = "healthy" ] || { echo "'$c' is '${health:-without a health check}', expected healthy."; exit 1; }
echo "'$c' is healthy."
