#!/usr/bin/env bash
# Reference answer for Q3.
set -eu
docker build --build-arg "APP_VERSION=$VERSION" --build-arg CHANNEL=stable -t "$APP-info:$VERSION" /home/candidate/q3
