#!/usr/bin/env bash
# Q2: the CI tag is removed and the image still exists.
set -u
want=$(cat /root/.ckx/q2-image-id)
if docker image inspect "$APP-worker:build-417" >/dev/null 2>&1; then
    echo "The tag '$APP-worker:build-417' still exists."
    exit 1
fi
docker image inspect "$want" >/dev/null 2>&1 || { echo "The release candidate image $want was deleted."; exit 1; }
echo "The CI tag is gone; the image stays."
