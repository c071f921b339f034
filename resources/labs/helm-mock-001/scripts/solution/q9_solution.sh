#!/usr/bin/env bash
# Reference answer for Q9.
set -eu
helm dependency update /opt/charts/frontend
helm --kube-context cluster1 install store /opt/charts/frontend -n store --create-namespace --set backend.enabled=true
