#!/usr/bin/env bash
# Reference answer for Q14.
set -eu
cat >"$HOME/build/Dockerfile" <<'DOCKERFILE'
FROM busybox:1.36
WORKDIR /app
COPY app.sh /app/app.sh
RUN chmod 755 /app/app.sh
USER 65534
CMD ["/app/app.sh"]
DOCKERFILE
