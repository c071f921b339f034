#!/usr/bin/env bash
# Q4: the image was built from the folder and has the page.
set -u
img="$APP-site:1"
docker image inspect "$img" >/dev/null 2>&1 || { echo "No image '$img' exists."; exit 1; }

page=$(timeout 20 docker run --rm "$img" cat /site/index.html 2>&1) || { echo "'$img' has no /site/index.html."; exit 1; }
grep -q "$APP status page" <<<"$page" || { echo "/site/index.html of '$img' is not the page of /home/candidate/q4."; exit 1; }
echo "'$img' has the status page."
