#!/usr/bin/env bash
# Q11: the image left dangling by the rebuild is gone.
set -u
id=$(cat /root/.ckx/q11-dangling-id)
if docker image inspect "$id" >/dev/null 2>&1; then
    echo "The dangling image $id (an old $APP-nightly:latest) still exists."
    exit 1
fi
docker image inspect "$APP-nightly:latest" >/dev/null 2>&1 || { echo "The tagged image $APP-nightly:latest was removed too; only dangling images had to go."; exit 1; }
echo "The dangling image is gone; the tagged one stays."
