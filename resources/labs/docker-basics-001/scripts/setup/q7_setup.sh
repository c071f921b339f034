#!/usr/bin/env bash
# Q7: leftovers to clean up (label app=legacy, image legacy-tool:0.9) and a stopped container to bring back.
set -eu
docker rm -f legacy-1 legacy-2 legacy-3 cache >/dev/null 2>&1 || true
docker tag ckx-lab/busybox:1 legacy-tool:0.9
docker run -d --name legacy-1 --label app=legacy legacy-tool:0.9 sleep 86400 >/dev/null
docker run -d --name legacy-2 --label app=legacy legacy-tool:0.9 sleep 86400 >/dev/null
# A legacy container that already exited: "docker ps" alone does not show it.
docker run --name legacy-3 --label app=legacy legacy-tool:0.9 true >/dev/null
docker create --name cache --label app=core ckx-lab/busybox:1 sleep 86400 >/dev/null
echo "Q7 set up: legacy-1, legacy-2, legacy-3, cache, image legacy-tool:0.9"
