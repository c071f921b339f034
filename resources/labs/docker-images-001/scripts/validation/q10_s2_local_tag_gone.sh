#!/usr/bin/env bash
# Q10: the image was removed locally before the pull.
set -u
docker inspect "$APP-api" >/dev/null 2>&1 || { echo "No container named '$APP-api' exists."; exit 1; }
if docker image inspect "$APP-api:$VERSION" >/dev/null 2>&1; then
    echo "The local tag '$APP-api:$VERSION' still exists."
    exit 1
fi
echo "Only the registry's name of the image is left."
