#!/usr/bin/env bash
# Reference answer for Q2.
set -eu
docker rm -f storefront >/dev/null 2>&1 || true
docker run -d --name storefront -p "$STORE_PORT:8080" ckx-lab/webapp:1
docker cp /home/candidate/q2/index.html storefront:/www/index.html
# Wait until the page is really served, so grading right after this script sees it.
for _ in $(seq 1 50); do
    if docker exec storefront wget -q -O- http://127.0.0.1:8080/ 2>/dev/null | grep -q 'CKX store'; then
        exit 0
    fi
    sleep 0.2
done
echo "storefront does not serve the page" >&2
exit 1
