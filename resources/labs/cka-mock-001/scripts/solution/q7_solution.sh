#!/usr/bin/env bash
# Reference answer for Q7.
set -eu
ctx=cluster1 ns=ci
kubectl --context "$ctx" create serviceaccount deployer -n "$ns"
kubectl --context "$ctx" create role deployer-role -n "$ns" \
    --verb=get,list,watch,create,update,patch --resource=deployments.apps
kubectl --context "$ctx" patch role deployer-role -n "$ns" --type json \
    -p '[{"op": "add", "path": "/rules/-", "value": {"apiGroups": [""], "resources": ["pods"], "verbs": ["get", "list"]}}]'
kubectl --context "$ctx" create rolebinding deployer-binding -n "$ns" --role=deployer-role --serviceaccount=ci:deployer
