#!/usr/bin/env bash
# Q11: only the stopped containers labelled stage=ci were removed.
set -u
for c in ci-1 ci-2 ci-3; do
    if docker inspect "$APP-$c" >/dev/null 2>&1; then echo "The stopped CI container '$APP-$c' still exists."; exit 1; fi
done
[ "$(docker inspect --format '{{.State.Status}}' "$APP-ci-runner" 2>/dev/null)" = "running" ] || { echo "The running container '$APP-ci-runner' was removed or stopped."; exit 1; }
docker inspect "$APP-keep-me" >/dev/null 2>&1 || { echo "'$APP-keep-me' (no stage=ci label) was removed."; exit 1; }
echo "Only the stopped CI containers were removed."
