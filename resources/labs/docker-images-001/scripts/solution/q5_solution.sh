#!/usr/bin/env bash
# Reference answer for Q5.
set -eu
cd /home/candidate/q5
cat > Dockerfile <<'DOCKERFILE'
FROM ckx-lab/imgbase:1
WORKDIR /app
COPY deps.txt install-deps.sh /app/
RUN sh install-deps.sh deps.txt
COPY . /app
CMD ["sh", "/app/run.sh"]
DOCKERFILE
docker build -t "$APP-cached:1" .
