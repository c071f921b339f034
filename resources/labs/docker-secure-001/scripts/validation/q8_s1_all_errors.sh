#!/usr/bin/env bash
# Q8: every ERROR line of the log (they are on stderr) is in the file.
set -u
f=/home/candidate/answers/q8-errors.txt
[ -s "$f" ] || { echo "$f is missing or empty."; exit 1; }
want=$(docker logs "$APP-legacy" 2>&1 | grep ERROR) || { echo "The log of '$APP-legacy' cannot be read."; exit 1; }
while IFS= read -r line; do
    grep -qxF "$line" "$f" || { echo "$f misses the line '$line'."; exit 1; }
done <<<"$want"
echo "$f holds every ERROR line."
