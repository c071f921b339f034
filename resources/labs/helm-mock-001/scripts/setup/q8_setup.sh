#!/usr/bin/env bash
# Q8: start without the chart folder.
set -eu
rm -rf /home/candidate/charts/inventory
