#!/usr/bin/env bash
# Q5: /home/candidate/answers/q5.txt holds the container's output.
set -u
f=/home/candidate/answers/q5.txt
[ -s "$f" ] || { echo "$f is missing or empty."; exit 1; }
if ! grep -q 'CKX greeter v1' "$f" || ! grep -q 'ready to ship' "$f"; then
    echo "$f does not hold the output of greeter-run (expected the motd line and 'ready to ship')."
    exit 1
fi
echo "$f holds the output of greeter-run."
