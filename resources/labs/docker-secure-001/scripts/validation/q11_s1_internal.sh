#!/usr/bin/env bash
# Q11: the network is an internal bridge.
set -u
n="$APP-backend"
read -r driver internal <<<"$(docker network inspect --format '{{.Driver}} {{.Internal}}' "$n" 2>/dev/null)" || true
[ -n "${driver:-}" ] || { echo "No network named '$n' exists."; exit 1; }
[ "$driver" = "bridge" ] || { echo "'$n' uses the driver '$driver', expected bridge."; exit 1; }
[ "$internal" = "true" ] || { echo "'$n' is not internal."; exit 1; }
echo "'$n' is an internal bridge network."
