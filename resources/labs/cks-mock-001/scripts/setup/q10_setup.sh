#!/usr/bin/env bash
# Q10: the namespace whose pods must be audited in full.
set -eu
ctx=cluster1
kubectl --context "$ctx" create namespace prod --dry-run=client -o yaml | kubectl --context "$ctx" apply -f -
kubectl --context "$ctx" create deployment shop -n prod --image=nginx:1.27-alpine --dry-run=client -o yaml | kubectl --context "$ctx" apply -f -
