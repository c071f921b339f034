#!/usr/bin/env bash
# Q10: restart policy on-failure with the required maximum.
set -u
c="$APP-job"
docker inspect "$c" >/dev/null 2>&1 || { echo "No container named '$c' exists."; exit 1; }

read -r name max cmd <<<"$(docker inspect --format '{{.HostConfig.RestartPolicy.Name}} {{.HostConfig.RestartPolicy.MaximumRetryCount}} {{join .Config.Cmd " "}}' "$c")"
[ "$name" = "on-failure" ] || { echo "'$c' has restart policy '$name', expected on-failure."; exit 1; }
[ "$max" = "$RETRIES" ] || { echo "'$c' is restarted at most $max times, expected $RETRIES."; exit 1; }
grep -q 'exit 3' <<<"$cmd" || { echo "'$c' runs '$cmd', expected sh -c 'sleep 5; exit 3'."; exit 1; }
echo "'$c' restarts on failure at most $RETRIES times."
