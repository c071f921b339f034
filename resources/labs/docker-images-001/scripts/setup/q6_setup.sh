#!/usr/bin/env bash
# Q6: an image with an exposed port, a build id and a user to find.
set -eu
install -d -o candidate -g candidate /home/candidate/answers
install -d -m 700 /root/.ckx
rm -f /home/candidate/answers/q6.txt
build_id=$(tr -dc 'a-f0-9' </dev/urandom | head -c 12)
printf 'FROM ckx-lab/imgbase:1\nENV BUILD_ID=%s\nEXPOSE %s\nUSER nobody\nCMD ["sleep", "86400"]\n' "$build_id" "$LEGACY_PORT" |
    docker build -q -t "$APP-legacy:0.9" - >/dev/null
