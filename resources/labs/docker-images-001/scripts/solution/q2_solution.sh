#!/usr/bin/env bash
# Reference answer for Q2.
set -eu
docker tag "$APP-worker:build-417" "$APP-worker:$VERSION"
docker tag "$APP-worker:build-417" "$APP-worker:latest"
docker rmi "$APP-worker:build-417"
