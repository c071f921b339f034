#!/usr/bin/env bash
# Q5: the revision with 4 replicas is 2.
set -u
f=/home/candidate/crm-revision.txt
[ -f "$f" ] || { echo "$f does not exist."; exit 1; }
got=$(tr -d '[:space:]' <"$f")
[ "$got" = "2" ] || { echo "$f says '$got', expected the revision that ran 4 replicas."; exit 1; }
echo "$f names revision 2."
