#!/usr/bin/env bash
# Q8: an unexpected listener on cluster1-node01: a renamed copy of socat on TCP 9999, run by an enabled systemd unit.
set -eu
# shellcheck disable=SC2016 # expands on the node
ssh cluster1-node01 'set -e
cp "$(command -v socat)" /usr/local/bin/sysmond
cat > /etc/systemd/system/sysmond.service <<UNIT
[Unit]
Description=System monitor daemon
[Service]
ExecStart=/usr/local/bin/sysmond TCP-LISTEN:9999,fork,reuseaddr EXEC:/bin/cat
Restart=always
[Install]
WantedBy=multi-user.target
UNIT
systemctl daemon-reload
systemctl enable --now sysmond.service
for _ in 1 2 3 4 5 6 7 8 9 10; do ss -ltnH "sport = :9999" | grep -q . && exit 0; sleep 1; done
exit 1'
