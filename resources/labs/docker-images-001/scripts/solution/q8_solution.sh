#!/usr/bin/env bash
# Reference answer for Q8.
set -eu
docker rm -f registry >/dev/null 2>&1 || true
docker run -d --name registry --restart always -p "$REG_PORT:5000" -v registry-data:/var/lib/docker-registry ckx-lab/registry:2
for _ in $(seq 1 50); do
    docker run --rm --network host ckx-lab/imgbase:1 wget -q -O /dev/null "http://127.0.0.1:$REG_PORT/v2/" 2>/dev/null && exit 0
    sleep 0.2
done
echo "the registry does not answer" >&2
exit 1
