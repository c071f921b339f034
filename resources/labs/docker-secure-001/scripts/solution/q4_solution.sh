#!/usr/bin/env bash
# Reference answer for Q4.
set -eu
docker rm -f "$APP-web" >/dev/null 2>&1 || true
docker run -d --name "$APP-web" --cap-drop ALL --cap-add NET_BIND_SERVICE ckx-lab/secure-box:1 httpd -f -p 80 -h /www
for _ in $(seq 1 50); do
    docker exec "$APP-web" wget -q -O /dev/null http://127.0.0.1:80/ 2>/dev/null && exit 0
    sleep 0.2
done
echo "$APP-web does not answer" >&2
exit 1
