#!/usr/bin/env bash
# Q4: reader runs with app-data mounted read-only at /data.
set -u
c=reader
status=$(docker inspect --format '{{.State.Status}}' "$c" 2>/dev/null) || { echo "No container named '$c' exists."; exit 1; }
[ "$status" = "running" ] || { echo "'$c' is '$status', expected 'running'."; exit 1; }
mount=$(docker inspect --format '{{range .Mounts}}{{if eq .Destination "/data"}}{{.Type}} {{.Name}} {{.RW}}{{end}}{{end}}' "$c")
[ -n "$mount" ] || { echo "'$c' has nothing mounted at /data."; exit 1; }
read -r type name rw <<<"$mount"
if [ "$type" != "volume" ] || [ "$name" != "app-data" ]; then
    echo "/data in '$c' is '$type $name', expected the volume 'app-data'."
    exit 1
fi
[ "$rw" = "false" ] || { echo "'app-data' is mounted read-write in '$c', expected read-only."; exit 1; }
echo "'$c' runs with app-data mounted read-only at /data."
