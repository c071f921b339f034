#!/usr/bin/env bash
# Q4: revision 1 works, revision 2 points at an image tag that does not exist.
set -eu
chart=/opt/ckx/lab/scripts/charts/webapp
helm --kube-context cluster1 upgrade --install pay "$chart" -n pay --create-namespace
helm --kube-context cluster1 upgrade pay "$chart" -n pay --set image.tag=0.0-does-not-exist
