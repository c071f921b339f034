#!/usr/bin/env bash
# Q9: the registry's tag list has the version.
set -u
probe() { timeout 20 docker run --rm --network host ckx-lab/imgbase:1 "$@"; }

out=$(probe wget -q -O- "http://127.0.0.1:${REG_PORT}/v2/team/$APP-api/tags/list" 2>&1) || { echo "The registry on port $REG_PORT has no repository team/$APP-api: $out"; exit 1; }
grep -q "\"$VERSION\"" <<<"$out" || { echo "team/$APP-api has the tags $out, expected $VERSION."; exit 1; }
echo "The registry has team/$APP-api:$VERSION."
