#!/usr/bin/env bash
# Reference answer for Q11.
set -eu
docker rm -f "$APP-db" "$APP-gateway" >/dev/null 2>&1 || true
docker network inspect "$APP-backend" >/dev/null 2>&1 || docker network create --internal "$APP-backend"
docker run -d --name "$APP-db" --network "$APP-backend" ckx-lab/secure-box:1 httpd -f -p 8080 -h /www
docker run -d --name "$APP-gateway" ckx-lab/secure-box:1 sleep 86400
docker network connect "$APP-backend" "$APP-gateway"
for _ in $(seq 1 50); do
    docker exec "$APP-gateway" wget -q -O /dev/null "http://$APP-db:8080/" 2>/dev/null && exit 0
    sleep 0.2
done
echo "$APP-gateway cannot reach $APP-db" >&2
exit 1
