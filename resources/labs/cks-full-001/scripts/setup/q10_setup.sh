#!/usr/bin/env bash
# Q10: a Secret and a ConfigMap that exist before encryption at rest is turned on.
set -eu
ctx=cluster1
kubectl --context "$ctx" create namespace vault2 --dry-run=client -o yaml | kubectl --context "$ctx" apply -f -
kubectl --context "$ctx" create secret generic app-secret -n vault2 --from-literal=token=s3cret-token --dry-run=client -o yaml | kubectl --context "$ctx" apply -f -
kubectl --context "$ctx" create configmap app-config -n vault2 --from-literal=endpoint=https://vault.internal --dry-run=client -o yaml | kubectl --context "$ctx" apply -f -
