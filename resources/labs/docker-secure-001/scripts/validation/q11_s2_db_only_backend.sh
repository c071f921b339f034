#!/usr/bin/env bash
# Q11: the database container has exactly one network, the internal one.
set -u
c="$APP-db"
info=$(docker inspect --format '{{.State.Status}} {{.Config.Image}}' "$c" 2>/dev/null) || { echo "No container named '$c' exists."; exit 1; }
read -r status image <<<"$info"
[ "$image" = "ckx-lab/secure-box:1" ] || { echo "'$c' was created from '$image', expected 'ckx-lab/secure-box:1'."; exit 1; }
[ "$status" = "running" ] || { echo "'$c' is '$status', expected 'running'."; exit 1; }

nets=$(docker inspect --format '{{range $k, $v := .NetworkSettings.Networks}}{{$k}} {{end}}' "$c")
[ "$nets" = "$APP-backend " ] || { echo "'$c' is attached to: ${nets:-nothing}; expected only $APP-backend."; exit 1; }
echo "'$c' is attached only to $APP-backend."
