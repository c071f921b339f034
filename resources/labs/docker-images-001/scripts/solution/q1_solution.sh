#!/usr/bin/env bash
# Reference answer for Q1.
set -eu
cd /home/candidate/q1
cat > Dockerfile <<'DOCKERFILE'
FROM ckx-lab/toolchain:1 AS build
COPY src /src
RUN compile /src /app/greet

FROM ckx-lab/imgbase:1
COPY --from=build /app/greet /app/greet
CMD ["/app/greet"]
DOCKERFILE
docker build -t "$APP:$VERSION" .
