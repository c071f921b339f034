#!/usr/bin/env bash
# Q3: release api at revision 1 with replicaCount=2 and the old image tag.
set -eu
helm --kube-context cluster1 upgrade --install api /opt/ckx/lab/scripts/charts/webapp -n api --create-namespace \
    --set replicaCount=2 --set image.tag=1.25-alpine
