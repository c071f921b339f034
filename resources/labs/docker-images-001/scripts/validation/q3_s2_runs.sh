#!/usr/bin/env bash
# Q3: a container of the image prints the release version and channel.
set -u
img="$APP-info:$VERSION"
docker image inspect "$img" >/dev/null 2>&1 || { echo "No image '$img' exists."; exit 1; }

out=$(timeout 20 docker run --rm "$img" 2>&1)
[ "$out" = "version $VERSION channel stable" ] || { echo "'$img' prints '$out', expected 'version $VERSION channel stable'."; exit 1; }
echo "'$img' prints version $VERSION channel stable."
