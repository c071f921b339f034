#!/usr/bin/env bash
# Reference answer for Q3.
set -eu
helm --kube-context cluster1 upgrade api /opt/charts/webapp -n api --reuse-values --set image.tag=1.27-alpine
