#!/usr/bin/env bash
# Q5: the image works as before.
set -u
img="$APP-cached:1"
docker image inspect "$img" >/dev/null 2>&1 || { echo "No image '$img' exists."; exit 1; }

out=$(timeout 20 docker run --rm "$img" 2>&1)
[ "$out" = "$APP service with 2 dependencies" ] || { echo "'$img' prints '$out', expected '$APP service with 2 dependencies'."; exit 1; }
echo "'$img' runs with its 2 dependencies."
