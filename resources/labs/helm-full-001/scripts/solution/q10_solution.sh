#!/usr/bin/env bash
# Reference answer for Q10.
set -eu
helm dependency update /opt/charts/frontend
helm --kube-context cluster1 install stage /opt/charts/frontend -n staging --create-namespace --set global.env=staging
