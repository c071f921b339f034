#!/usr/bin/env bash
# Q14: the image still builds FROM busybox:1.36 and its last USER is nobody / 65534 (not root).
set -u
f=/home/candidate/build/Dockerfile
[ -f "$f" ] || { echo "No file $f."; exit 1; }
from=$(grep -iE '^[[:space:]]*FROM[[:space:]]' "$f" | tail -n 1 | awk '{print $2}')
[ "$from" = "busybox:1.36" ] || { echo "$f builds FROM '$from', expected busybox:1.36."; exit 1; }
user=$(grep -iE '^[[:space:]]*USER[[:space:]]' "$f" | tail -n 1 | awk '{print $2}')
case $user in
    nobody | 65534 | nobody:nogroup | 65534:65534 | nobody:65534 | 65534:nogroup) echo "$f runs as $user." ;;
    *) echo "$f runs as '${user:-root (no USER)}', expected nobody (65534)."; exit 1 ;;
esac
