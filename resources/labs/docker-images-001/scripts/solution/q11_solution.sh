#!/usr/bin/env bash
# Reference answer for Q11.
set -eu
docker image prune -f
docker container prune -f --filter label=stage=ci
