#!/usr/bin/env bash
# Reference answer for Q7.
set -eu
docker load -i /home/candidate/q7/tool.tar
mkdir -p /home/candidate/answers
docker save -o /home/candidate/answers/q7-bundle.tar "vendor/$APP-tool:$VERSION" ckx-lab/imgbase:1
