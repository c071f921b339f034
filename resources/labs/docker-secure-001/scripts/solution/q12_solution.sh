#!/usr/bin/env bash
# Reference answer for Q12.
set -eu
docker rm -f "$APP-vault" >/dev/null 2>&1 || true
docker volume create "$APP-secrets" >/dev/null
docker run -i --rm -v "$APP-secrets:/dst" ckx-lab/secure-box:1 sh -c 'cat > /dst/db_password' < /home/candidate/q12/db_password
docker run -d --name "$APP-vault" -v "$APP-secrets:/run/secrets:ro" ckx-lab/secure-box:1 sleep 86400
