#!/usr/bin/env bash
# Reference answer for Q1.
set -eu
docker rm -f "$WORKER" >/dev/null 2>&1 || true
docker run -d --name "$WORKER" \
    --label tier=backend \
    --env APP_MODE=production \
    --restart unless-stopped \
    ckx-lab/busybox:1 sleep 86400
