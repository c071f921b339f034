#!/usr/bin/env bash
# Q12: with no arguments the tool prints its usage.
set -u
img="$APP-cli:1"
docker image inspect "$img" >/dev/null 2>&1 || { echo "No image '$img' exists."; exit 1; }

out=$(timeout 20 docker run --rm "$img" 2>&1)
[ "$out" = "usage: $APP-cli (--help | status)" ] || { echo "'docker run $img' prints '$out', expected the usage of cli.sh."; exit 1; }
echo "'docker run $img' prints the usage."
