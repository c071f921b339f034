#!/usr/bin/env bash
# Q3: a Dockerfile driven by build arguments (its checksum is recorded).
set -eu
install -d -o candidate -g candidate /home/candidate/q3
install -d -m 700 /root/.ckx
cat > /home/candidate/q3/Dockerfile <<'DOCKERFILE'
FROM ckx-lab/imgbase:1
ARG APP_VERSION=dev
ARG CHANNEL=beta
LABEL org.opencontainers.image.version=$APP_VERSION
ENV APP_VERSION=$APP_VERSION CHANNEL=$CHANNEL
CMD ["sh", "-c", "echo version $APP_VERSION channel $CHANNEL"]
DOCKERFILE
chown candidate:candidate /home/candidate/q3/Dockerfile
sha256sum /home/candidate/q3/Dockerfile > /root/.ckx/q3-dockerfile.sha256
