#!/usr/bin/env bash
# Q6: two releases in one namespace; only one must go.
set -eu
chart=/opt/ckx/lab/scripts/charts/webapp
helm --kube-context cluster1 upgrade --install legacy "$chart" -n legacy --create-namespace
helm --kube-context cluster1 upgrade --install keeper "$chart" -n legacy
