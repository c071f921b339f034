#!/usr/bin/env bash
# Q12: an argument after the image reaches cli.sh.
set -u
img="$APP-cli:1"
docker image inspect "$img" >/dev/null 2>&1 || { echo "No image '$img' exists."; exit 1; }

out=$(timeout 20 docker run --rm "$img" status 2>&1)
[ "$out" = "status: ok ($APP)" ] || { echo "'docker run $img status' prints '$out', expected 'status: ok ($APP)'."; exit 1; }
echo "'docker run $img status' reaches cli.sh."
