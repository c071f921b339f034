#!/usr/bin/env bash
# Q2: an image known only by its CI build tag (its id is recorded).
set -eu
install -d -m 700 /root/.ckx
printf 'FROM ckx-lab/imgbase:1\nLABEL org.opencontainers.image.title=%s-worker\nCMD ["sleep", "86400"]\n' "$APP" |
    docker build -q -t "$APP-worker:build-417" - > /root/.ckx/q2-image-id
