#!/usr/bin/env bash
# Q8: the container runs from the registry image with restart policy always.
set -u
c="registry"
info=$(docker inspect --format '{{.State.Status}} {{.Config.Image}}' "$c" 2>/dev/null) || { echo "No container named '$c' exists."; exit 1; }
read -r status image <<<"$info"
[ "$image" = "ckx-lab/registry:2" ] || { echo "'$c' was created from '$image', expected 'ckx-lab/registry:2'."; exit 1; }
[ "$status" = "running" ] || { echo "'$c' is '$status', expected 'running'."; exit 1; }

policy=$(docker inspect --format '{{.HostConfig.RestartPolicy.Name}}' "$c")
[ "$policy" = "always" ] || { echo "'$c' has restart policy '${policy:-no}', expected always."; exit 1; }
echo "'$c' runs from ckx-lab/registry:2 and always restarts."
