#!/usr/bin/env bash
# Q3: the OCI version label holds the release version.
set -u
img="$APP-info:$VERSION"
docker image inspect "$img" >/dev/null 2>&1 || { echo "No image '$img' exists."; exit 1; }

v=$(docker image inspect --format '{{index .Config.Labels "org.opencontainers.image.version"}}' "$img")
[ "$v" = "$VERSION" ] || { echo "'$img' has the version label '$v', expected $VERSION."; exit 1; }
echo "'$img' is labelled $VERSION."
