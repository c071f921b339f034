#!/usr/bin/env bash
# Reference answer for Q8.
set -eu
helm --kube-context cluster1 upgrade trim /opt/charts/webapp -n trim --reuse-values --set replicaCount=2 --history-max 3
