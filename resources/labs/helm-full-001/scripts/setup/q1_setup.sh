#!/usr/bin/env bash
# Q1: every chart of the lab goes to /opt/charts (the other questions use them), owned by the candidate.
set -eu
mkdir -p /opt/charts
cp -r /opt/ckx/lab/scripts/charts/. /opt/charts/
chown -R candidate:candidate /opt/charts
