#!/usr/bin/env bash
# Reference answer for Q9.
set -eu
docker tag "$APP-api:$VERSION" "localhost:$REG_PORT/team/$APP-api:$VERSION"
docker push "localhost:$REG_PORT/team/$APP-api:$VERSION"
