#!/usr/bin/env bash
# Reference answer for Q2.
set -eu
cd /home/candidate/q2
cat > Dockerfile <<DOCKERFILE
FROM ckx-lab/secure-box:1
RUN echo "app:x:$RUN_UID:$RUN_UID::/app:/bin/sh" >> /etc/passwd
COPY report.sh /app/report.sh
USER app
CMD ["sh", "/app/report.sh"]
DOCKERFILE
docker build -t "$APP-report:1.0" .
docker rm -f "$APP-report" >/dev/null 2>&1 || true
docker run -d --name "$APP-report" "$APP-report:1.0"
