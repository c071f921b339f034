#!/usr/bin/env bash
# Reference answer for Q3.
set -eu
docker rm -f "$APP-ro" >/dev/null 2>&1 || true
docker run -d --name "$APP-ro" --read-only --tmpfs "/tmp:size=${TMP_MB}m" ckx-lab/secure-box:1 sleep 86400
