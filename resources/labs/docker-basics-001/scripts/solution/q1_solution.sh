#!/usr/bin/env bash
# Reference answer for Q1.
set -eu
docker rm -f api-worker >/dev/null 2>&1 || true
docker run -d --name api-worker \
    --label tier=backend \
    --env APP_MODE=production \
    --restart unless-stopped \
    ckx-lab/busybox:1 sleep 86400
