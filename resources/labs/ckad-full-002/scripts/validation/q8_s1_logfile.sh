#!/usr/bin/env bash
# Q8: /root/ckad/ledger-error.txt on the jumphost holds the error line the crashing container logged.
set -u
grep -qx 'FATAL: /etc/ledger/app.properties not found' /root/ckad/ledger-error.txt 2>/dev/null ||
    { echo "/root/ckad/ledger-error.txt does not hold the container's error line."; exit 1; }
echo "ledger-error.txt holds the error."
