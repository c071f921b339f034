#!/usr/bin/env bash
# Q5: the container greeter-run was created from greeter:1.0 and finished successfully.
set -u
c=greeter-run
info=$(docker inspect --format '{{.Config.Image}} {{.State.Status}} {{.State.ExitCode}}' "$c" 2>/dev/null) || {
    echo "No container named '$c' exists (do not run it with --rm)."
    exit 1
}
read -r image status code <<<"$info"
[ "$image" = "greeter:1.0" ] || { echo "'$c' was created from '$image', expected 'greeter:1.0'."; exit 1; }
if [ "$status" != "exited" ] || [ "$code" != "0" ]; then
    echo "'$c' is '$status' with exit code $code, expected exited with code 0."
    exit 1
fi
echo "'$c' ran greeter:1.0 and exited with code 0."
