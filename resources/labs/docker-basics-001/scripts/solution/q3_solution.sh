#!/usr/bin/env bash
# Reference answer for Q3.
set -eu
docker rm -f backend frontend >/dev/null 2>&1 || true
docker network inspect app-net >/dev/null 2>&1 || docker network create --driver bridge app-net
docker run -d --name backend --network app-net ckx-lab/webapp:1
docker run -d --name frontend --network app-net ckx-lab/busybox:1 sleep 86400
# httpd needs a moment after the container starts: wait until frontend gets an answer by name.
for _ in $(seq 1 50); do
    docker exec frontend wget -q -O /dev/null http://backend:8080/ 2>/dev/null && exit 0
    sleep 0.2
done
echo "frontend cannot reach backend" >&2
exit 1
