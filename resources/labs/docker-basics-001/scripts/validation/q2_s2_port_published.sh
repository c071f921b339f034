#!/usr/bin/env bash
# Q2: container port 8080/tcp of storefront is published on host port $STORE_PORT.
set -u
c=storefront
ports=$(docker inspect --format '{{range $p, $b := .HostConfig.PortBindings}}{{range $b}}{{$p}}={{.HostPort}}{{println}}{{end}}{{end}}' "$c" 2>/dev/null) || {
    echo "No container named '$c' exists."
    exit 1
}
grep -qx "8080/tcp=$STORE_PORT" <<<"$ports" || {
    echo "Container port 8080/tcp of '$c' is not published on host port $STORE_PORT (published: ${ports:-nothing})."
    exit 1
}
echo "'$c' publishes 8080/tcp on host port $STORE_PORT."
