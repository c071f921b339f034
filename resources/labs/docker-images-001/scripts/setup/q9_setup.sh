#!/usr/bin/env bash
# Q9: an application image to publish (its id is recorded).
set -eu
install -d -m 700 /root/.ckx
printf 'FROM ckx-lab/imgbase:1\nLABEL app=%s\nCMD ["sh", "-c", "echo %s api ready; exec sleep 86400"]\n' "$APP" "$APP" |
    docker build -q -t "$APP-api:$VERSION" - > /root/.ckx/q9-image-id
