#!/usr/bin/env bash
# Q7: the two development namespaces.
set -eu
for ns in dev1 dev2; do
    kubectl --context cluster1 create namespace "$ns" --dry-run=client -o yaml | kubectl --context cluster1 apply -f -
done
