#!/usr/bin/env bash
# Q3: the root filesystem of the running container refuses writes.
set -u
c="$APP-ro"
info=$(docker inspect --format '{{.State.Status}} {{.Config.Image}}' "$c" 2>/dev/null) || { echo "No container named '$c' exists."; exit 1; }
read -r status image <<<"$info"
[ "$image" = "ckx-lab/secure-box:1" ] || { echo "'$c' was created from '$image', expected 'ckx-lab/secure-box:1'."; exit 1; }
[ "$status" = "running" ] || { echo "'$c' is '$status', expected 'running'."; exit 1; }

ro=$(docker inspect --format '{{.HostConfig.ReadonlyRootfs}}' "$c")
[ "$ro" = "true" ] || { echo "'$c' has a writable root filesystem (ReadonlyRootfs=$ro)."; exit 1; }
if timeout 20 docker exec "$c" touch /.ckx-probe 2>/dev/null; then
    echo "Writing to / of '$c' succeeded; it must be read-only."
    exit 1
fi
echo "'$c' has a read-only root filesystem."
