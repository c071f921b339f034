#!/usr/bin/env bash
# Q7: a secret that exists before encryption at rest is turned on (stored in plain text in etcd).
set -eu
ctx=cluster1
kubectl --context "$ctx" create namespace vault --dry-run=client -o yaml | kubectl --context "$ctx" apply -f -
kubectl --context "$ctx" create secret generic legacy-token -n vault --from-literal=token=plain-text-in-etcd \
    --dry-run=client -o yaml | kubectl --context "$ctx" apply -f -
