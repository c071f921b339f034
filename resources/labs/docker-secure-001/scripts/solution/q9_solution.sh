#!/usr/bin/env bash
# Reference answer for Q9.
set -eu
docker rm -f "$APP-batch" >/dev/null 2>&1 || true
docker run -d --name "$APP-batch" --memory "${MEM_MB}m" --memory-swap "${MEM_MB}m" --cpus 0.5 --pids-limit "$PIDS" \
    ckx-lab/secure-box:1 sleep 86400
