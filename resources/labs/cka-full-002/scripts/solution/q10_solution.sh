#!/usr/bin/env bash
# Reference answer for Q10: install the local chart with the two values set.
set -eu
helm --kube-context cluster1 install status /root/charts/status-page -n status-page --create-namespace \
    --set replicaCount=3 --set service.type=NodePort --wait --timeout 120s
