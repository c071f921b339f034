#!/bin/bash
# The image's HEALTHCHECK: healthy when GET /readyz on the port named by CKX_LISTEN answers 200. Plain bash
# (/dev/tcp), so the image needs no curl. Exit 0 = healthy, 1 = unhealthy (what Docker expects).
listen=${CKX_LISTEN:-127.0.0.1:8080}
port=${listen##*:}
host=${listen%:*}
host=${host#[}
host=${host%]}
case "$host" in
  "" | 0.0.0.0 | "*") host=127.0.0.1 ;;
  ::) host=::1 ;;
esac
exec 3<>"/dev/tcp/$host/$port" || exit 1
printf 'GET /readyz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n' >&3
IFS= read -r -t 4 status <&3 || exit 1
case "$status" in
  "HTTP/1."?" 200 "*) exit 0 ;;
  *) echo "readyz: ${status%$'\r'}"; exit 1 ;;
esac
