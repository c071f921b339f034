#!/usr/bin/env bash
# Q9: --cpus 0.5, or the same quota through --cpu-quota/--cpu-period.
set -u
c="$APP-batch"
docker inspect "$c" >/dev/null 2>&1 || { echo "No container named '$c' exists."; exit 1; }

read -r nano quota period <<<"$(docker inspect --format '{{.HostConfig.NanoCpus}} {{.HostConfig.CpuQuota}} {{.HostConfig.CpuPeriod}}' "$c")"
if [ "$nano" = "500000000" ] || { [ "$period" -gt 0 ] && [ $((quota * 2)) -eq "$period" ]; }; then
    echo "'$c' may use half a CPU."
    exit 0
fi
echo "'$c' has NanoCpus=$nano CpuQuota=$quota CpuPeriod=$period, expected half a CPU."
exit 1
