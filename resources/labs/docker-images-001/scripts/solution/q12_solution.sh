#!/usr/bin/env bash
# Reference answer for Q12.
set -eu
cd /home/candidate/q12
cat > Dockerfile <<'DOCKERFILE'
FROM ckx-lab/imgbase:1
COPY cli.sh /app/cli.sh
ENTRYPOINT ["/app/cli.sh"]
CMD ["--help"]
DOCKERFILE
docker build -t "$APP-cli:1" .
