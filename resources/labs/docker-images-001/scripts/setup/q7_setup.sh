#!/usr/bin/env bash
# Q7: an archive of a vendor image that is not in the engine (its id is recorded).
set -eu
install -d -o candidate -g candidate /home/candidate/q7 /home/candidate/answers
install -d -m 700 /root/.ckx
rm -f /home/candidate/answers/q7-bundle.tar
ref="vendor/$APP-tool:$VERSION"
printf 'FROM ckx-lab/imgbase:1\nLABEL vendor=acme tool=%s\nCMD ["echo", "acme tool"]\n' "$APP" |
    docker build -q -t "$ref" - > /root/.ckx/q7-image-id
docker save -o /home/candidate/q7/tool.tar "$ref"
chown candidate:candidate /home/candidate/q7/tool.tar
docker rmi "$ref" >/dev/null
