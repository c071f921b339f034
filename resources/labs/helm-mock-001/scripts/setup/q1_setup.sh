#!/usr/bin/env bash
# Q1: every chart of the lab goes to /opt/charts (questions 2, 7 and 9 use them too), owned by the candidate.
set -eu
mkdir -p /opt/charts
cp -r /opt/ckx/lab/scripts/charts/. /opt/charts/
chown -R candidate:candidate /opt/charts
