#!/usr/bin/env bash
# Q14: a Dockerfile with three findings: a secrets file baked into the image, a world-writable script, root user.
set -eu
d=/home/candidate/build
install -d -o candidate -g candidate "$d"
printf '#!/bin/sh\necho "report service up"\nexec sleep 86400\n' >"$d/app.sh"
printf 'API_TOKEN=prod-7a1f\n' >"$d/secrets.env"
cat >"$d/Dockerfile" <<'DOCKERFILE'
FROM busybox:1.36
WORKDIR /app
COPY app.sh /app/app.sh
COPY secrets.env /app/secrets.env
RUN chmod 777 /app/app.sh
USER root
CMD ["/app/app.sh"]
DOCKERFILE
chown candidate:candidate "$d"/*
