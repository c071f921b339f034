#!/usr/bin/env bash
# Q2: both new tags name the very image built by the setup.
set -u
want=$(cat /root/.ckx/q2-image-id)
for t in "$APP-worker:$VERSION" "$APP-worker:latest"; do
    id=$(docker image inspect --format '{{.Id}}' "$t" 2>/dev/null) || { echo "No image '$t' exists."; exit 1; }
    [ "$id" = "$want" ] || { echo "'$t' is $id, not the release candidate $want."; exit 1; }
done
echo "Both tags name the release candidate."
