#!/usr/bin/env bash
# Q8: GET /v2/ on the published port answers like a registry.
set -u
c="registry"
docker inspect "$c" >/dev/null 2>&1 || { echo "No container named '$c' exists."; exit 1; }
probe() { timeout 20 docker run --rm --network host ckx-lab/imgbase:1 "$@"; }

out=$(probe wget -q -O- "http://127.0.0.1:${REG_PORT}/v2/" 2>&1) || { echo "Nothing answers at http://localhost:${REG_PORT}/v2/: $out"; exit 1; }
[ "$out" = "{}" ] || { echo "http://localhost:${REG_PORT}/v2/ answers '$out', not like a registry."; exit 1; }
echo "The registry answers on port $REG_PORT."
