#!/usr/bin/env bash
# Q11: the gateway has both networks and fetches the database page by name.
set -u
c="$APP-gateway"
info=$(docker inspect --format '{{.State.Status}} {{.Config.Image}}' "$c" 2>/dev/null) || { echo "No container named '$c' exists."; exit 1; }
read -r status image <<<"$info"
[ "$image" = "ckx-lab/secure-box:1" ] || { echo "'$c' was created from '$image', expected 'ckx-lab/secure-box:1'."; exit 1; }
[ "$status" = "running" ] || { echo "'$c' is '$status', expected 'running'."; exit 1; }

nets=$(docker inspect --format '{{range $k, $v := .NetworkSettings.Networks}}{{$k}} {{end}}' "$c")
for want in bridge "$APP-backend"; do
    grep -qw -- "$want" <<<"$nets" || { echo "'$c' is not attached to '$want' (it has: ${nets:-nothing})."; exit 1; }
done
timeout 20 docker exec "$c" wget -q -O /dev/null "http://$APP-db:8080/" || { echo "'$c' cannot fetch http://$APP-db:8080/."; exit 1; }
echo "'$c' reaches $APP-db over $APP-backend."
