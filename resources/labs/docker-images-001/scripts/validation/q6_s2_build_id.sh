#!/usr/bin/env bash
# Q6: the second line is the value of BUILD_ID.
set -u
f=/home/candidate/answers/q6.txt
[ -s "$f" ] || { echo "$f is missing or empty."; exit 1; }
want=$(docker image inspect --format '{{range .Config.Env}}{{println .}}{{end}}' "$APP-legacy:0.9" | sed -n 's/^BUILD_ID=//p')
got=$(sed -n 2p "$f" | tr -d '[:space:]')
if [ -z "$want" ] || [ "$got" != "$want" ]; then
    echo "Line 2 of $f is '$got'; it is not the BUILD_ID of the image."
    exit 1
fi
echo "Line 2 is the BUILD_ID."
