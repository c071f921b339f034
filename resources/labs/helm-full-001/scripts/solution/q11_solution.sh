#!/usr/bin/env bash
# Reference answer for Q11.
set -eu
helm --kube-context cluster1 install strict /opt/charts/strict -n strict --create-namespace \
    --set database.host=db.strict.svc.cluster.local --set database.port=6432
