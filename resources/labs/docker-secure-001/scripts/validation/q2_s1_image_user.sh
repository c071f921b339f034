#!/usr/bin/env bash
# Q2: the image has the user and its default user is that user.
set -u
img="$APP-report:1.0"
user=$(docker image inspect --format '{{.Config.User}}' "$img" 2>/dev/null) || { echo "No image '$img' exists."; exit 1; }
case "$user" in
    app|app:*|"$RUN_UID"|"$RUN_UID":*) ;;
    *) echo "Image '$img' runs as '${user:-root (no USER)}', expected the user app ($RUN_UID)."; exit 1 ;;
esac
# shellcheck disable=SC2016 # expanded inside the container
ids=$(timeout 20 docker run --rm "$img" sh -c 'echo "$(id -un) $(id -u)"' 2>&1) || { echo "Cannot start '$img': $ids"; exit 1; }
[ "$ids" = "app $RUN_UID" ] || { echo "A container of '$img' runs as '$ids', expected 'app $RUN_UID'."; exit 1; }
echo "Image '$img' runs as app ($RUN_UID)."
