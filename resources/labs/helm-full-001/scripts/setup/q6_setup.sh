#!/usr/bin/env bash
# Q6: the repository folder exists and is empty.
set -eu
rm -rf /opt/repo
mkdir -p /opt/repo
chown candidate:candidate /opt/repo
