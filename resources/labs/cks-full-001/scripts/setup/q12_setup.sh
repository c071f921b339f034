#!/usr/bin/env bash
# Q12: the parameters of the registry policy (a ConfigMap) and a namespace that must only use trusted registries.
set -eu
ctx=cluster1
kubectl --context "$ctx" create namespace policy --dry-run=client -o yaml | kubectl --context "$ctx" apply -f -
kubectl --context "$ctx" create configmap trusted-registries -n policy --from-literal=prefixes='registry.corp.example/,docker.io/library/' \
    --dry-run=client -o yaml | kubectl --context "$ctx" apply -f -
kubectl --context "$ctx" create namespace storefront --dry-run=client -o yaml | kubectl --context "$ctx" apply -f -
kubectl --context "$ctx" label namespace storefront registries=trusted --overwrite
