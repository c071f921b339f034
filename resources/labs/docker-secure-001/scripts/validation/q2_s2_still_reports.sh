#!/usr/bin/env bash
# Q2: the image keeps the report script and command of the original Dockerfile.
set -u
img="$APP-report:1.0"
cmd=$(docker image inspect --format '{{join .Config.Cmd " "}}' "$img" 2>/dev/null) || { echo "No image '$img' exists."; exit 1; }
[ "$cmd" = "sh /app/report.sh" ] || { echo "Image '$img' runs '$cmd', expected 'sh /app/report.sh'."; exit 1; }
script=$(timeout 20 docker run --rm "$img" cat /app/report.sh 2>&1) || { echo "Image '$img' has no /app/report.sh."; exit 1; }
grep -q 'report service' <<<"$script" || { echo "/app/report.sh in '$img' is not the one of /home/candidate/q2."; exit 1; }
echo "Image '$img' runs /app/report.sh."
