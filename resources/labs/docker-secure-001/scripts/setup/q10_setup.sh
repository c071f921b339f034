#!/usr/bin/env bash
# Q10: a running proxy container without a restart policy (its id is recorded to prove it is kept).
set -eu
docker rm -f "$APP-proxy" "$APP-job" >/dev/null 2>&1 || true
install -d -m 700 /root/.ckx
docker run -d --name "$APP-proxy" ckx-lab/secure-box:1 sleep 86400 > /root/.ckx/q10-proxy-id
