#!/usr/bin/env bash
# Reference answer for Q10.
set -eu
docker rm -f "$APP-job" >/dev/null 2>&1 || true
docker run -d --name "$APP-job" --restart "on-failure:$RETRIES" ckx-lab/secure-box:1 sh -c 'sleep 5; exit 3'
docker update --restart always "$APP-proxy"
