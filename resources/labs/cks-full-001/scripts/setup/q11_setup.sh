#!/usr/bin/env bash
# Q11: an untrusted workload that should run in a sandboxed runtime.
set -eu
ctx=cluster1
kubectl --context "$ctx" create namespace sandbox --dry-run=client -o yaml | kubectl --context "$ctx" apply -f -
kubectl --context "$ctx" create deployment untrusted -n sandbox --image=busybox:1.36 --dry-run=client -o yaml -- sleep 86400 |
    kubectl --context "$ctx" apply -f -
