#!/usr/bin/env bash
# Q7: the loaded image is the vendor's.
set -u
ref="vendor/$APP-tool:$VERSION"
id=$(docker image inspect --format '{{.Id}}' "$ref" 2>/dev/null) || { echo "No image '$ref' exists."; exit 1; }
[ "$id" = "$(cat /root/.ckx/q7-image-id)" ] || { echo "'$ref' is not the image of /home/candidate/q7/tool.tar."; exit 1; }
echo "'$ref' is loaded."
