#!/usr/bin/env bash
# Q9: the two ERROR lines of app, not proxy's.
set -u
f=/home/candidate/logger-errors.txt
[ -f "$f" ] || { echo "$f does not exist."; exit 1; }
want=$'ERROR disk full\nERROR timeout talking to db'
got=$(grep -v '^[[:space:]]*$' "$f")
[ "$got" = "$want" ] || { echo "$f holds '${got//$'\n'/ | }', expected the two ERROR lines of container 'app'."; exit 1; }
echo "$f holds the ERROR lines of app."
