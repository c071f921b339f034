#!/usr/bin/env bash
# Q12: the password file inside the container equals the one on the jumphost.
set -u
c="$APP-vault"
info=$(docker inspect --format '{{.State.Status}} {{.Config.Image}}' "$c" 2>/dev/null) || { echo "No container named '$c' exists."; exit 1; }
read -r status image <<<"$info"
[ "$image" = "ckx-lab/secure-box:1" ] || { echo "'$c' was created from '$image', expected 'ckx-lab/secure-box:1'."; exit 1; }
[ "$status" = "running" ] || { echo "'$c' is '$status', expected 'running'."; exit 1; }

want=$(cat /home/candidate/q12/db_password)
got=$(timeout 20 docker exec "$c" cat /run/secrets/db_password 2>&1) || { echo "'$c' has no /run/secrets/db_password."; exit 1; }
[ "$got" = "$want" ] || { echo "/run/secrets/db_password in '$c' does not hold the password of /home/candidate/q12/db_password."; exit 1; }
echo "'$c' has the password at /run/secrets/db_password."
