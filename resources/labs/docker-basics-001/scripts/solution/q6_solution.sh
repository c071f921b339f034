#!/usr/bin/env bash
# Reference answer for Q6.
set -eu
docker rm -f limited-app >/dev/null 2>&1 || true
docker run -d --name limited-app --memory "${LIMIT_MB}m" --cpus 0.5 --pids-limit 50 ckx-lab/busybox:1 sleep 86400
