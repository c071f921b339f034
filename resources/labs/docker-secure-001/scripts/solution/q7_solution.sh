#!/usr/bin/env bash
# Reference answer for Q7.
set -eu
docker rm -f "$APP-audit" >/dev/null 2>&1 || true
docker run -d --name "$APP-audit" --log-driver json-file --log-opt "max-size=${LOG_MB}m" --log-opt max-file=3 \
    ckx-lab/secure-box:1 sleep 86400
