#!/usr/bin/env bash
# Q1: the image exists and its default command prints the compiled sources.
set -u
img="$APP:$VERSION"
docker image inspect "$img" >/dev/null 2>&1 || { echo "No image '$img' exists."; exit 1; }

out=$(timeout 20 docker run --rm "$img" 2>&1) || { echo "A container of '$img' failed: $out"; exit 1; }
grep -qx "Hello from $APP" <<<"$out" || { echo "'$img' prints '$out', expected the greeting of /home/candidate/q1/src."; exit 1; }
echo "'$img' prints the greeting."
