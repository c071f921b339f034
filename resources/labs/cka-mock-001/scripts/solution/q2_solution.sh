#!/usr/bin/env bash
# Reference answer for Q2: a realistic memory request, and nginx started with its default configuration.
set -eu
ctx=cluster1 ns=triage
kubectl --context "$ctx" patch deployment checkout -n "$ns" --type json -p '[
  {"op": "replace", "path": "/spec/template/spec/containers/0/resources/requests/memory", "value": "64Mi"},
  {"op": "remove", "path": "/spec/template/spec/containers/0/command"}
]'
kubectl --context "$ctx" rollout status deployment/checkout -n "$ns" --timeout=50s
