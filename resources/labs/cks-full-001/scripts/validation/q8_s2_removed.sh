#!/usr/bin/env bash
# Q8: the listener cannot come back: its unit is neither active nor enabled (or is gone) and its binary is deleted.
set -u
# shellcheck disable=SC2016 # expands on the node
out=$(ssh cluster1-node01 'echo "active=$(systemctl is-active sysmond.service 2>/dev/null)"
echo "enabled=$(systemctl is-enabled sysmond.service 2>/dev/null)"
if test -e /usr/local/bin/sysmond; then echo binary=present; else echo binary=absent; fi' 2>/dev/null) || { echo "cluster1-node01 is unreachable over SSH."; exit 1; }
active=$(sed -n 's/^active=//p' <<<"$out") enabled=$(sed -n 's/^enabled=//p' <<<"$out") binary=$(sed -n 's/^binary=//p' <<<"$out")
case $active in active | activating) echo "sysmond.service is still $active."; exit 1 ;; esac
case $enabled in enabled*) echo "sysmond.service is still enabled at boot."; exit 1 ;; esac
[ "$binary" = "absent" ] || { echo "/usr/local/bin/sysmond is still on cluster1-node01."; exit 1; }
echo "The listener and its binary are gone."
