#!/usr/bin/env bash
# Q2: a build context whose image runs as root.
set -eu
install -d -o candidate -g candidate /home/candidate/q2
cat > /home/candidate/q2/Dockerfile <<'DOCKERFILE'
FROM ckx-lab/secure-box:1
COPY report.sh /app/report.sh
CMD ["sh", "/app/report.sh"]
DOCKERFILE
cat > /home/candidate/q2/report.sh <<'SH'
echo "report service running as $(id -un) ($(id -u))"
exec sleep 86400
SH
chown candidate:candidate /home/candidate/q2/Dockerfile /home/candidate/q2/report.sh
