#!/usr/bin/env bash
# Q12: the file, in any order.
set -u
f=/home/candidate/failed-releases.txt
[ -f "$f" ] || { echo "$f does not exist."; exit 1; }
got=$(grep -v '^[[:space:]]*$' "$f" | tr -d ' ' | sort | tr '\n' ' ')
[ "$got" = "team-a/fail-a team-b/fail-b " ] || { echo "$f lists '$got', expected team-a/fail-a and team-b/fail-b."; exit 1; }
echo "$f lists the two failed releases."
