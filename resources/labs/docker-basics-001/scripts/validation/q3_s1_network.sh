#!/usr/bin/env bash
# Q3: a user-defined bridge network app-net exists.
set -u
driver=$(docker network inspect --format '{{.Driver}}' app-net 2>/dev/null) || {
    echo "No network named 'app-net' exists."
    exit 1
}
[ "$driver" = "bridge" ] || { echo "Network 'app-net' uses driver '$driver', expected 'bridge'."; exit 1; }
echo "Network 'app-net' exists (bridge)."
