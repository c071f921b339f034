#!/usr/bin/env bash
# Q3: an over-privileged monitoring service account (bound to cluster-admin).
set -eu
ctx=cluster1
kubectl --context "$ctx" create namespace observability --dry-run=client -o yaml | kubectl --context "$ctx" apply -f -
kubectl --context "$ctx" create serviceaccount monitor -n observability --dry-run=client -o yaml | kubectl --context "$ctx" apply -f -
kubectl --context "$ctx" create clusterrolebinding monitor-admin --clusterrole=cluster-admin \
    --serviceaccount=observability:monitor --dry-run=client -o yaml | kubectl --context "$ctx" apply -f -
