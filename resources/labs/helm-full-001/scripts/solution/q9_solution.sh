#!/usr/bin/env bash
# Reference answer for Q9.
set -eu
helm dependency update /opt/charts/frontend
helm --kube-context cluster1 install suite /opt/charts/frontend -n suite --create-namespace --set backend.replicaCount=3
