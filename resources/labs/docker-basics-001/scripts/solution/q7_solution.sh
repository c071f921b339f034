#!/usr/bin/env bash
# Reference answer for Q7.
set -eu
ids=$(docker ps -aq --filter label=app=legacy)
if [ -n "$ids" ]; then
    # shellcheck disable=SC2086 # one argument per container id
    docker rm -f $ids
fi
docker rmi legacy-tool:0.9
docker start cache
