#!/usr/bin/env bash
# Q7: the container cache was started again.
set -u
c=cache
info=$(docker inspect --format '{{.State.Status}} {{index .Config.Labels "app"}}' "$c" 2>/dev/null) || {
    echo "No container named '$c' exists (it should have been started, not removed)."
    exit 1
}
read -r status app <<<"$info"
[ "$app" = "core" ] || { echo "'$c' is not the original container (label app='${app}')."; exit 1; }
[ "$status" = "running" ] || { echo "'$c' is '$status', expected 'running'."; exit 1; }
echo "'$c' is running."
