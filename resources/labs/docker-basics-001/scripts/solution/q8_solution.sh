#!/usr/bin/env bash
# Reference answer for Q8.
set -eu
mkdir -p /home/candidate/answers
docker inspect --format '{{(index .NetworkSettings.Networks "legacy-net").IPAddress}}' mystery \
    > /home/candidate/answers/q8-ip.txt
docker inspect --format '{{range .Config.Env}}{{println .}}{{end}}' mystery | sed -n 's/^BUILD_ID=//p' \
    > /home/candidate/answers/q8-build.txt
