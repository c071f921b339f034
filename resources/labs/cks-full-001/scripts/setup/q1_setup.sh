#!/usr/bin/env bash
# Q1: the namespace whose pods must not reach the cloud metadata address.
set -eu
ctx=cluster1
kubectl --context "$ctx" create namespace apps --dry-run=client -o yaml | kubectl --context "$ctx" apply -f -
kubectl --context "$ctx" create deployment portal -n apps --image=nginx:1.27-alpine --dry-run=client -o yaml | kubectl --context "$ctx" apply -f -
