#!/usr/bin/env bash
# Q14: no instruction makes files world-writable (chmod or COPY --chmod= with xx7/xx6/xx3/xx2, o+w, a+w, o=..w), and the
# script is still executable.
set -u
f=/home/candidate/build/Dockerfile
[ -f "$f" ] || { echo "No file $f."; exit 1; }
if grep -iE 'chmod' "$f" | grep -qE '(^|[[:space:]=])-?R?[[:space:]]*[0-7]?[0-7][0-7][2367]([[:space:]]|$)|[oa][+=][rx]*w|(^|[[:space:],])\+w'; then
    echo "$f still makes files world-writable."
    exit 1
fi
if grep -qiE '^[[:space:]]*CMD.*app\.sh|^[[:space:]]*ENTRYPOINT.*app\.sh' "$f"; then :; else echo "$f no longer starts /app/app.sh."; exit 1; fi
grep -qiE 'chmod|--chmod' "$f" || { echo "$f must still make app.sh executable (e.g. chmod 755 or COPY --chmod=755)."; exit 1; }
echo "$f grants no world-writable permissions."
