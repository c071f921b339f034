#!/bin/bash
# Starts the inner dockerd, loads the lab's preloaded images (copied to /var/lib/ckx-preload by the runtime before
# start) and then marks the engine ready with /run/ckx-dind/ready. The runtime waits for that marker.
set -u
t0=${EPOCHREALTIME/./}
ms() { echo $(( (${EPOCHREALTIME/./} - t0) / 1000 )); }
# cgroup v1 hosts mount /sys/fs/cgroup read-only in containers that are not --privileged (and --privileged fails
# where the host root lacks CAP_SYS_RESOURCE): remount it writable so the inner engine can create cgroups.
mount -o remount,rw /sys/fs/cgroup 2>/dev/null || true
for d in /sys/fs/cgroup/*/; do mount -o remount,bind,rw "$d" 2>/dev/null || true; done
rm -f /run/ckx-dind/ready /run/ckx-dind/docker.sock
dockerd --host=unix:///run/ckx-dind/docker.sock --group=docker --storage-driver=overlay2 \
        --log-level=warn >/var/log/dockerd.log 2>&1 &
pid=$!
export DOCKER_HOST=unix:///run/ckx-dind/docker.sock
# Wait for the socket without spawning the CLI in a tight loop (it competes for the CPU with dockerd itself);
# once it exists, `docker version` blocks until the API serves.
for _ in $(seq 1 600); do
  [ -S /run/ckx-dind/docker.sock ] && docker version >/dev/null 2>&1 && break
  kill -0 "$pid" 2>/dev/null || { echo "ckx-dind: dockerd exited:"; tail -20 /var/log/dockerd.log; exit 1; }
  sleep 0.02
done
echo "ckx-dind: engine up after $(ms) ms"
for f in /var/lib/ckx-preload/*.tar; do
  [ -e "$f" ] || continue
  docker load -q -i "$f" || { echo "ckx-dind: could not load $f"; exit 1; }
  rm -f "$f"
done
touch /run/ckx-dind/ready
echo "ckx-dind: ready after $(ms) ms"
wait "$pid"
