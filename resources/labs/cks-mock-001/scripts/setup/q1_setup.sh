#!/usr/bin/env bash
# Q1: the namespace to isolate, with a workload in it.
set -eu
ctx=cluster1
kubectl --context "$ctx" create namespace isolated --dry-run=client -o yaml | kubectl --context "$ctx" apply -f -
kubectl --context "$ctx" create deployment vault-proxy -n isolated --image=nginx:1.27-alpine --dry-run=client -o yaml |
    kubectl --context "$ctx" apply -f -
