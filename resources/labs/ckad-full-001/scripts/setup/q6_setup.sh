#!/usr/bin/env bash
# Q6: the chart the task installs.
set -eu
mkdir -p /opt/charts
cp -r /opt/ckx/lab/scripts/charts/webapp /opt/charts/
chown -R candidate:candidate /opt/charts
