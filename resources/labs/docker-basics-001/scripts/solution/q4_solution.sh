#!/usr/bin/env bash
# Reference answer for Q4.
set -eu
docker rm -f seed reader >/dev/null 2>&1 || true
docker volume create app-data
# "docker run" (not -d) returns when the write is done.
docker run --name seed -v app-data:/data ckx-lab/busybox:1 sh -c 'echo release=2024.1 > /data/version.txt'
docker rm seed
docker run -d --name reader -v app-data:/data:ro ckx-lab/busybox:1 sleep 86400
