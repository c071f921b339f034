#!/usr/bin/env bash
# Q2: the Docker host answers on port $STORE_PORT with the candidate's page.
set -u
docker inspect storefront >/dev/null 2>&1 || { echo "No container named 'storefront' exists."; exit 1; }
# A throwaway client on the engine's own network namespace reaches the published port like a browser on the host.
page=$(timeout 20 docker run --rm --network host ckx-lab/busybox:1 timeout 5 wget -q -O- "http://127.0.0.1:${STORE_PORT}/" 2>&1) || {
    echo "Nothing answers on port $STORE_PORT of the Docker host: ${page}"
    exit 1
}
grep -q 'Welcome to the CKX store' <<<"$page" || {
    echo "Port $STORE_PORT answers, but not with /home/candidate/q2/index.html (got: $(head -c 200 <<<"$page"))."
    exit 1
}
echo "Port $STORE_PORT serves the CKX store page."
