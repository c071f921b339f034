#!/usr/bin/env bash
# Q7: the tag legacy-tool:0.9 is gone while ckx-lab/busybox:1 is kept.
set -u
if docker image inspect legacy-tool:0.9 >/dev/null 2>&1; then
    echo "The image 'legacy-tool:0.9' still exists."
    exit 1
fi
docker image inspect ckx-lab/busybox:1 >/dev/null 2>&1 || { echo "The image 'ckx-lab/busybox:1' was removed too; it had to be kept."; exit 1; }
echo "'legacy-tool:0.9' is removed and 'ckx-lab/busybox:1' is kept."
