#!/usr/bin/env bash
# Q6: the health check probes port 8080 with the required interval, timeout and retries.
set -u
c="$APP-api"
docker inspect "$c" >/dev/null 2>&1 || { echo "No container named '$c' exists."; exit 1; }

test=$(docker inspect --format '{{join .Config.Healthcheck.Test " "}}' "$c" 2>/dev/null)
if ! grep -q 'wget' <<<"$test" || ! grep -q '8080' <<<"$test"; then
    echo "The health check of '$c' is '${test:-none}', expected a wget of port 8080."
    exit 1
fi
read -r interval timeout retries <<<"$(docker inspect --format '{{.Config.Healthcheck.Interval}} {{.Config.Healthcheck.Timeout}} {{.Config.Healthcheck.Retries}}' "$c")"
[ "$interval" = "$((HEALTH_S * 1000000000))" ] || { echo "The health check of '$c' runs every $((interval / 1000000000)) s, expected $HEALTH_S s."; exit 1; }
[ "$timeout" = "3000000000" ] || { echo "The health check timeout of '$c' is $((timeout / 1000000000)) s, expected 3 s."; exit 1; }
[ "$retries" = "3" ] || { echo "The health check of '$c' has $retries retries, expected 3."; exit 1; }
echo "'$c' checks port 8080 every $HEALTH_S s."
