#!/usr/bin/env bash
# Q4: nginx:1.25-alpine was revision 2 (1: 1.24, 2: 1.25, 3: the missing image).
set -u
f=/home/candidate/frontend-revision.txt
[ -f "$f" ] || { echo "$f does not exist."; exit 1; }
got=$(tr -d '[:space:]' <"$f")
[ "$got" = "2" ] || { echo "$f says '$got', expected the revision that ran nginx:1.25-alpine."; exit 1; }
echo "$f names revision 2."
