#!/usr/bin/env bash
# Q8: the file is exactly the ERROR lines in their order.
set -u
f=/home/candidate/answers/q8-errors.txt
[ -s "$f" ] || { echo "$f is missing or empty."; exit 1; }
want=$(docker logs "$APP-legacy" 2>&1 | grep ERROR) || { echo "The log of '$APP-legacy' cannot be read."; exit 1; }
[ "$(cat "$f")" = "$want" ] || { echo "$f is not exactly the ERROR lines in log order (it has $(wc -l <"$f") lines, expected $(wc -l <<<"$want"))."; exit 1; }
echo "$f holds exactly the ERROR lines in order."
