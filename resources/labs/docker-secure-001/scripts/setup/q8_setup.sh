#!/usr/bin/env bash
# Q8: a container that writes errors to stderr and the rest to stdout.
set -eu
docker rm -f "$APP-legacy" >/dev/null 2>&1 || true
install -d -o candidate -g candidate /home/candidate/answers
rm -f /home/candidate/answers/q8-errors.txt
# Errors go to stderr, everything else to stdout: `docker logs NAME | grep` alone misses the errors.
docker run -d --name "$APP-legacy" ckx-lab/secure-box:1 sh -c '
    i=1
    while [ $i -le 30 ]; do
        if [ $((i % 7)) -eq 3 ]; then echo "ERROR code=$((i * 37 % 101)) job=$i failed" >&2
        else echo "INFO job=$i done"; fi
        i=$((i + 1))
    done
    exec sleep 86400' >/dev/null
