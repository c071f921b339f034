#!/usr/bin/env bash
# Q13: /home/candidate/manifests/insecure.txt lists exactly the pods with host access: backup, cache, metrics.
set -u
f=/home/candidate/manifests/insecure.txt
[ -f "$f" ] || { echo "No file $f."; exit 1; }
got=$(tr -d ' \t\r' <"$f" | sed 's/\.yaml$//' | grep -v '^$' | sort -u | tr '\n' ' ')
[ "$got" = "backup cache metrics " ] || { echo "$f lists '${got% }'; it must list exactly the pods that get host access."; exit 1; }
echo "$f names the three insecure pods."
