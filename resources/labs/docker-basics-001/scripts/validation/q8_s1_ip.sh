#!/usr/bin/env bash
# Q8: /home/candidate/answers/q8-ip.txt holds the IP address of mystery on legacy-net.
set -u
f=/home/candidate/answers/q8-ip.txt
want=$(docker inspect --format '{{with index .NetworkSettings.Networks "legacy-net"}}{{.IPAddress}}{{end}}' mystery 2>/dev/null)
[ -n "$want" ] || { echo "The container 'mystery' is missing or no longer on 'legacy-net'; it had to be left alone."; exit 1; }
[ -f "$f" ] || { echo "$f does not exist."; exit 1; }
got=$(tr -d '[:space:]' <"$f")
[ "$got" = "$want" ] || { echo "$f holds '${got}', which is not the IP address of 'mystery' on 'legacy-net'."; exit 1; }
echo "$f holds the right IP address."
