#!/usr/bin/env bash
# Reference answer for Q10.
set -eu
ref="localhost:$REG_PORT/team/$APP-api:$VERSION"
docker rm -f "$APP-api" >/dev/null 2>&1 || true
docker rmi "$APP-api:$VERSION" "$ref"
docker pull "$ref"
docker run -d --name "$APP-api" "$ref"
