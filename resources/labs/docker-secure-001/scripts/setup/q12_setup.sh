#!/usr/bin/env bash
# Q12: a database password the candidate has to hand to a container.
set -eu
install -d -o candidate -g candidate /home/candidate/q12
docker rm -f "$APP-vault" >/dev/null 2>&1 || true
docker volume rm "$APP-secrets" >/dev/null 2>&1 || true
# A fresh password per attempt: nothing to remember from a previous one.
tr -dc 'A-Za-z0-9' </dev/urandom | head -c 24 > /home/candidate/q12/db_password
chown candidate:candidate /home/candidate/q12/db_password
chmod 600 /home/candidate/q12/db_password
