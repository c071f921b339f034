#!/usr/bin/env bash
# Reference answer for Q8: find the process behind the port, its unit, then stop, disable and delete.
set -eu
# shellcheck disable=SC2016 # expands on the node
ssh cluster1-node01 'set -e
ss -ltnp "sport = :9999"
pid=$(ss -ltnpH "sport = :9999" | sed -n "s/.*pid=\([0-9]*\).*/\1/p" | head -n 1)
unit=$(systemctl status "$pid" --no-pager 2>/dev/null | sed -n "s/^[^a-z]*\([a-z0-9@.-]*\.service\) - .*/\1/p" | head -n 1)
exe=$(readlink -f "/proc/$pid/exe")
systemctl disable --now "${unit:-sysmond.service}"
rm -f "$exe" "/etc/systemd/system/${unit:-sysmond.service}"
systemctl daemon-reload'
