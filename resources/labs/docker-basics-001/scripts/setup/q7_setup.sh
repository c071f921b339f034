#!/usr/bin/env bash
# Q7: leftovers to clean up (label app=legacy, image legacy-tool:0.9) and a stopped container to bring back.
set -eu
docker rm -f legacy-1 legacy-2 legacy-3 cache >/dev/null 2>&1 || true
docker tag ckx-lab/busybox:1 legacy-tool:0.9
# Created side by side: each container start costs the lab engine about half a second.
pids=()
docker run -d --name legacy-1 --label app=legacy legacy-tool:0.9 sleep 86400 >/dev/null & pids+=($!)
# Two stopped legacy containers (one exited, one never started): "docker ps" alone does not show them.
docker run --name legacy-2 --label app=legacy legacy-tool:0.9 true >/dev/null & pids+=($!)
docker create --name legacy-3 --label app=legacy legacy-tool:0.9 sleep 86400 >/dev/null & pids+=($!)
docker create --name cache --label app=core ckx-lab/busybox:1 sleep 86400 >/dev/null & pids+=($!)
failed=0
for pid in "${pids[@]}"; do
    wait "$pid" || failed=1
done
[ "$failed" = 0 ] || { echo "Q7 setup: could not create the containers" >&2; exit 1; }
echo "Q7 set up: legacy-1, legacy-2, legacy-3, cache, image legacy-tool:0.9"
