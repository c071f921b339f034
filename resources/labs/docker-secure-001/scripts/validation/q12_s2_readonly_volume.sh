#!/usr/bin/env bash
# Q12: the mount at /run/secrets is the named volume, read-only.
set -u
c="$APP-vault"
docker inspect "$c" >/dev/null 2>&1 || { echo "No container named '$c' exists."; exit 1; }

m=$(docker inspect --format '{{range .Mounts}}{{if eq .Destination "/run/secrets"}}{{.Type}} {{.Name}} {{.RW}}{{end}}{{end}}' "$c")
[ "$m" = "volume $APP-secrets false" ] || { echo "/run/secrets in '$c' is '${m:-not a mount}' (type name writable), expected 'volume $APP-secrets false'."; exit 1; }
echo "/run/secrets in '$c' is $APP-secrets, read-only."
