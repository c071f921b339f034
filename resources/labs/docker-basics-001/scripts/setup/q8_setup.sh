#!/usr/bin/env bash
# Q8: a container whose details the candidate has to look up; the values are random per exam.
set -eu
install -d -o candidate -g candidate /home/candidate/answers
docker rm -f mystery >/dev/null 2>&1 || true
docker network inspect legacy-net >/dev/null 2>&1 || docker network create legacy-net >/dev/null
build="b$(od -An -N4 -tx4 /dev/urandom | tr -d ' \n')"
docker run -d --name mystery --network legacy-net --env BUILD_ID="$build" ckx-lab/busybox:1 sleep 86400 >/dev/null
echo "Q8 set up: mystery on legacy-net"
