#!/usr/bin/env bash
# Q6: limited-app may use at most half a CPU (--cpus 0.5, or the same as quota/period).
set -u
c=limited-app
info=$(docker inspect --format '{{.HostConfig.NanoCpus}} {{.HostConfig.CpuQuota}} {{.HostConfig.CpuPeriod}}' "$c" 2>/dev/null) || {
    echo "No container named '$c' exists."
    exit 1
}
read -r nano quota period <<<"$info"
if [ "$nano" = "500000000" ]; then
    echo "'$c' is limited to 0.5 CPU."
    exit 0
fi
[ "$period" = "0" ] && period=100000
if [ "$quota" -gt 0 ] && [ $((quota * 2)) -eq "$period" ]; then
    echo "'$c' is limited to 0.5 CPU (quota ${quota}/${period})."
    exit 0
fi
echo "'$c' is not limited to 0.5 CPU (NanoCpus=${nano}, CpuQuota=${quota}, CpuPeriod=${period})."
exit 1
