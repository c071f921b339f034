#!/usr/bin/env bash
# Q8: the listener cannot come back: its unit is neither active nor enabled and its binary is deleted.
set -u
out=$(ssh cluster1-node01 'systemctl is-active sysmond.service; systemctl is-enabled sysmond.service; test -e /usr/local/bin/sysmond && echo binary=present || echo binary=absent' 2>/dev/null)
mapfile -t s <<<"$out"
[ "${s[0]:-}" != "active" ] || { echo "sysmond.service is still active."; exit 1; }
case ${s[1]:-} in enabled*) echo "sysmond.service is still enabled at boot."; exit 1 ;; esac
[ "${s[2]:-}" = "binary=absent" ] || { echo "/usr/local/bin/sysmond is still on cluster1-node01."; exit 1; }
echo "The listener and its binary are gone."
