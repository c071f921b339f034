#!/usr/bin/env bash
# Q5: no-new-privileges is set (any spelling docker accepts; the lab engine itself already runs without new privileges, so /proc cannot tell).
set -u
c="$APP-sandbox"
docker inspect "$c" >/dev/null 2>&1 || { echo "No container named '$c' exists."; exit 1; }

opts=$(docker inspect --format '{{range .HostConfig.SecurityOpt}}{{println .}}{{end}}' "$c")
if grep -Eqx 'no-new-privileges([:=]true)?' <<<"$opts"; then
    echo "'$c' runs with no-new-privileges."
    exit 0
fi
echo "'$c' has the security options '${opts:-none}', expected no-new-privileges."
exit 1
