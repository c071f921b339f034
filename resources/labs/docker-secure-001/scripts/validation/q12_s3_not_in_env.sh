#!/usr/bin/env bash
# Q12: the container's configuration does not carry the password.
set -u
c="$APP-vault"
docker inspect "$c" >/dev/null 2>&1 || { echo "No container named '$c' exists."; exit 1; }

want=$(cat /home/candidate/q12/db_password)
[ -n "$want" ] || { echo "/home/candidate/q12/db_password is empty."; exit 1; }
if docker inspect --format '{{json .Config}} {{json .Args}} {{json .Path}}' "$c" | grep -qF -- "$want"; then
    echo "The password appears in the configuration of '$c' (environment, command or labels)."
    exit 1
fi
echo "The password is not in the configuration of '$c'."
