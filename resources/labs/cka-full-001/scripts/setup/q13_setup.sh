#!/usr/bin/env bash
# Q13: a batch deployment without a priority.
set -eu
ctx=cluster1
kubectl --context "$ctx" create namespace sched --dry-run=client -o yaml | kubectl --context "$ctx" apply -f -
kubectl --context "$ctx" create deployment batch -n sched --image=busybox:1.36 --dry-run=client -o yaml -- sleep 86400 |
    kubectl --context "$ctx" apply -f -
