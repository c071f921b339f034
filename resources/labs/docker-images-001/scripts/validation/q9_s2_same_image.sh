#!/usr/bin/env bash
# Q9: the manifest in the registry is the one of the local image.
set -u
probe() { timeout 20 docker run --rm --network host ckx-lab/imgbase:1 "$@"; }

ref="localhost:${REG_PORT}/team/$APP-api"
digests=$(docker image inspect --format '{{range .RepoDigests}}{{println .}}{{end}}' "$(cat /root/.ckx/q9-image-id)" 2>/dev/null)
local_digest=$(grep -F "$ref@" <<<"$digests" | head -n 1 | cut -d@ -f2)
[ -n "$local_digest" ] || { echo "The image $APP-api:$VERSION was never pushed to $ref."; exit 1; }
remote=$(probe wget -S --spider --header 'Accept: application/vnd.docker.distribution.manifest.v2+json' "http://127.0.0.1:${REG_PORT}/v2/team/$APP-api/manifests/$VERSION" 2>&1 | sed -n 's/^ *Docker-Content-Digest: *//p' | tr -d '\r')
[ "$remote" = "$local_digest" ] || { echo "$ref:$VERSION in the registry (${remote:-missing}) is not $APP-api:$VERSION ($local_digest)."; exit 1; }
echo "$ref:$VERSION is $APP-api:$VERSION."
