#!/usr/bin/env bash
# Reference answer for Q5.
set -eu
docker rm -f "$APP-sandbox" >/dev/null 2>&1 || true
docker run -d --name "$APP-sandbox" --user nobody --security-opt no-new-privileges ckx-lab/secure-box:1 sleep 86400
