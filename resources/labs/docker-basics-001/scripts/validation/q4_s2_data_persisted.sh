#!/usr/bin/env bash
# Q4: the data outlived its writer: seed is gone and app-data still holds version.txt with release=2024.1.
set -u
# Look before mounting: "docker run -v app-data:..." would create a missing volume.
docker volume inspect app-data >/dev/null 2>&1 || { echo "No volume named 'app-data' exists."; exit 1; }
if docker inspect seed >/dev/null 2>&1; then
    echo "The container 'seed' still exists; it should have been removed after writing the data."
    exit 1
fi
content=$(timeout 20 docker run --rm -v app-data:/data:ro ckx-lab/busybox:1 cat /data/version.txt 2>&1) || {
    echo "The volume 'app-data' has no file version.txt: ${content}"
    exit 1
}
[ "$(printf '%s' "$content" | tr -d '[:space:]')" = "release=2024.1" ] || {
    echo "version.txt in 'app-data' contains '$(head -c 100 <<<"$content")', expected 'release=2024.1'."
    exit 1
}
echo "'app-data' holds version.txt with release=2024.1 and 'seed' is gone."
