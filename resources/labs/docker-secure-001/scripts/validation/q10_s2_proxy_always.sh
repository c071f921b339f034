#!/usr/bin/env bash
# Q10: the proxy kept its container id and has restart policy always.
set -u
c="$APP-proxy"
docker inspect "$c" >/dev/null 2>&1 || { echo "No container named '$c' exists."; exit 1; }

read -r id name <<<"$(docker inspect --format '{{.Id}} {{.HostConfig.RestartPolicy.Name}}' "$c")"
[ "$id" = "$(cat /root/.ckx/q10-proxy-id 2>/dev/null)" ] || { echo "'$c' was recreated; change the existing container instead."; exit 1; }
[ "$name" = "always" ] || { echo "'$c' has restart policy '${name:-no}', expected always."; exit 1; }
echo "'$c' is the original container and always restarts."
