#!/usr/bin/env bash
# Q6: the third line is the user the image runs as.
set -u
f=/home/candidate/answers/q6.txt
[ -s "$f" ] || { echo "$f is missing or empty."; exit 1; }
got=$(sed -n 3p "$f" | tr -d '[:space:]')
case "$got" in
    nobody|65534) echo "Line 3 is the user." ;;
    *) echo "Line 3 of $f is '$got'; it is not the user the image runs as."; exit 1 ;;
esac
