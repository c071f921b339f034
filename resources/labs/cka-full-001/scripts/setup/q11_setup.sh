#!/usr/bin/env bash
# Q11: a three-tier application in net2.
set -eu
ctx=cluster1
kubectl --context "$ctx" create namespace net2 --dry-run=client -o yaml | kubectl --context "$ctx" apply -f -
for app in frontend api db; do
    kubectl --context "$ctx" create deployment "$app" -n net2 --image=nginx:1.27-alpine --dry-run=client -o yaml | kubectl --context "$ctx" apply -f -
done
