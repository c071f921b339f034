#!/usr/bin/env bash
# Q8: /home/candidate/answers/q8-build.txt holds the value of BUILD_ID in mystery.
set -u
f=/home/candidate/answers/q8-build.txt
want=$(docker inspect --format '{{range .Config.Env}}{{println .}}{{end}}' mystery 2>/dev/null | sed -n 's/^BUILD_ID=//p')
[ -n "$want" ] || { echo "The container 'mystery' is missing or has no BUILD_ID; it had to be left alone."; exit 1; }
[ -f "$f" ] || { echo "$f does not exist."; exit 1; }
got=$(tr -d '[:space:]' <"$f")
[ "$got" = "$want" ] || { echo "$f holds '${got}', which is not the value of BUILD_ID in 'mystery'."; exit 1; }
echo "$f holds the right BUILD_ID."
