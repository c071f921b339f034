#!/usr/bin/env bash
# Q1: $WORKER carries the label tier=backend.
set -u
c="$WORKER"
tier=$(docker inspect --format '{{index .Config.Labels "tier"}}' "$c" 2>/dev/null) || {
    echo "No container named '$c' exists."
    exit 1
}
[ "$tier" = "backend" ] || { echo "Label 'tier' of '$c' is '${tier}', expected 'backend'."; exit 1; }
echo "'$c' has label tier=backend."
