#!/usr/bin/env bash
# Reference answer for Q1.
set -eu
docker rm -f "$APP-worker" >/dev/null 2>&1 || true
docker run -d --name "$APP-worker" --user "$RUN_UID:$RUN_UID" ckx-lab/secure-box:1 sleep 86400
