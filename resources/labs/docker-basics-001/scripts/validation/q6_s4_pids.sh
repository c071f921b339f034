#!/usr/bin/env bash
# Q6: limited-app may run at most 50 processes.
set -u
c=limited-app
pids=$(docker inspect --format '{{if .HostConfig.PidsLimit}}{{.HostConfig.PidsLimit}}{{end}}' "$c" 2>/dev/null) || {
    echo "No container named '$c' exists."
    exit 1
}
[ "$pids" = "50" ] || { echo "Process limit of '$c' is '${pids:-unlimited}', expected 50."; exit 1; }
echo "'$c' may run at most 50 processes."
