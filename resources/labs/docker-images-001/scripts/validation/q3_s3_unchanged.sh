#!/usr/bin/env bash
# Q3: the Dockerfile was not edited, and the image was built from it.
set -u
img="$APP-info:$VERSION"
docker image inspect "$img" >/dev/null 2>&1 || { echo "No image '$img' exists."; exit 1; }

sha256sum -c --quiet /root/.ckx/q3-dockerfile.sha256 >/dev/null 2>&1 || { echo "/home/candidate/q3/Dockerfile was changed; pass build arguments instead."; exit 1; }
echo "/home/candidate/q3/Dockerfile is unchanged."
