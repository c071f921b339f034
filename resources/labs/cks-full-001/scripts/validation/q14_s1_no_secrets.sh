#!/usr/bin/env bash
# Q14: the Dockerfile no longer copies secrets.env into the image (COPY/ADD of that file or of the whole context).
set -u
f=/home/candidate/build/Dockerfile
[ -f "$f" ] || { echo "No file $f."; exit 1; }
if grep -iE '^[[:space:]]*(COPY|ADD)[[:space:]]' "$f" | grep -qE 'secrets\.env|[[:space:]]\.[[:space:]]|[[:space:]]\./?[[:space:]]|\*'; then
    echo "$f still copies secrets.env (or the whole build context) into the image."
    exit 1
fi
grep -qiE '^[[:space:]]*COPY[[:space:]].*app\.sh' "$f" || { echo "$f no longer copies app.sh: keep the application."; exit 1; }
echo "$f keeps secrets.env out of the image."
