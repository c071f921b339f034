#!/usr/bin/env bash
# Q1: $WORKER restarts unless it was stopped by hand.
set -u
c="$WORKER"
policy=$(docker inspect --format '{{.HostConfig.RestartPolicy.Name}}' "$c" 2>/dev/null) || {
    echo "No container named '$c' exists."
    exit 1
}
[ "$policy" = "unless-stopped" ] || { echo "Restart policy of '$c' is '${policy:-none}', expected 'unless-stopped'."; exit 1; }
echo "'$c' has restart policy unless-stopped."
