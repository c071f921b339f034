#!/usr/bin/env bash
# Q1: the container $WORKER exists, runs, and was created from ckx-lab/busybox:1.
set -u
c="$WORKER"
info=$(docker inspect --format '{{.State.Status}} {{.Config.Image}}' "$c" 2>/dev/null) || {
    echo "No container named '$c' exists."
    exit 1
}
read -r status image <<<"$info"
[ "$image" = "ckx-lab/busybox:1" ] || { echo "'$c' was created from '$image', expected 'ckx-lab/busybox:1'."; exit 1; }
[ "$status" = "running" ] || { echo "'$c' is '$status', expected 'running'."; exit 1; }
echo "'$c' is running from ckx-lab/busybox:1."
