#!/usr/bin/env bash
# Q6: the first line is the port the image exposes.
set -u
f=/home/candidate/answers/q6.txt
[ -s "$f" ] || { echo "$f is missing or empty."; exit 1; }
got=$(sed -n 1p "$f" | tr -d '[:space:]')
[ "$got" = "$LEGACY_PORT" ] || { echo "Line 1 of $f is '$got'; it is not the exposed port."; exit 1; }
echo "Line 1 is the exposed port."
