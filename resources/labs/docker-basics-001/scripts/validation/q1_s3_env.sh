#!/usr/bin/env bash
# Q1: $WORKER has the environment variable APP_MODE=production.
set -u
c="$WORKER"
envs=$(docker inspect --format '{{range .Config.Env}}{{println .}}{{end}}' "$c" 2>/dev/null) || {
    echo "No container named '$c' exists."
    exit 1
}
grep -qx 'APP_MODE=production' <<<"$envs" || { echo "'$c' has no environment variable APP_MODE=production."; exit 1; }
echo "'$c' has APP_MODE=production."
