#!/usr/bin/env bash
# Reference answer for Q8.
set -eu
mkdir -p /home/candidate/answers
docker logs "$APP-legacy" 2>&1 | grep ERROR > /home/candidate/answers/q8-errors.txt
