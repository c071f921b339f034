#!/usr/bin/env bash
# Reference answer for Q6.
set -eu
docker rm -f "$APP-api" >/dev/null 2>&1 || true
docker run -d --name "$APP-api" \
    --health-cmd 'wget -q -O /dev/null http://127.0.0.1:8080/ || exit 1' \
    --health-interval "${HEALTH_S}s" --health-timeout 3s --health-retries 3 \
    ckx-lab/secure-box:1 httpd -f -p 8080 -h /www
for _ in $(seq 1 $((HEALTH_S * 10 + 50))); do
    [ "$(docker inspect --format '{{.State.Health.Status}}' "$APP-api")" = healthy ] && exit 0
    sleep 0.2
done
echo "$APP-api did not become healthy" >&2
exit 1
