#!/usr/bin/env bash
# Q4: the effective and bounding capability sets of PID 1 hold only NET_BIND_SERVICE (bit 10).
set -u
c="$APP-web"
docker inspect "$c" >/dev/null 2>&1 || { echo "No container named '$c' exists."; exit 1; }

status=$(timeout 20 docker exec "$c" cat /proc/1/status 2>&1) || { echo "Cannot read /proc/1/status of '$c': $status"; exit 1; }
eff=$(awk '$1 == "CapEff:" { print $2 }' <<<"$status")
bnd=$(awk '$1 == "CapBnd:" { print $2 }' <<<"$status")
want=0000000000000400
if [ "$eff" != "$want" ] || [ "$bnd" != "$want" ]; then
    echo "'$c' has capabilities CapEff=$eff CapBnd=$bnd, expected only NET_BIND_SERVICE ($want)."
    exit 1
fi
echo "'$c' has only NET_BIND_SERVICE."
