#!/usr/bin/env bash
# Q17: /root/ckad/echo-fqdn.txt holds the fully qualified DNS name of echo-svc.
set -u
got=$(tr -d '[:space:]' < /root/ckad/echo-fqdn.txt 2>/dev/null)
[ "${got%.}" = echo-svc.svc-lab.svc.cluster.local ] || { echo "/root/ckad/echo-fqdn.txt holds '${got}', expected the service's FQDN."; exit 1; }
echo "echo-fqdn.txt holds the FQDN."
