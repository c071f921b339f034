#!/usr/bin/env bash
# Q8: the volume is mounted at the storage path.
set -u
c="registry"
docker inspect "$c" >/dev/null 2>&1 || { echo "No container named '$c' exists."; exit 1; }

m=$(docker inspect --format '{{range .Mounts}}{{if eq .Destination "/var/lib/docker-registry"}}{{.Type}} {{.Name}}{{end}}{{end}}' "$c")
[ "$m" = "volume registry-data" ] || { echo "/var/lib/docker-registry of '$c' is '${m:-not a mount}', expected the volume registry-data."; exit 1; }
echo "'$c' stores its data in registry-data."
