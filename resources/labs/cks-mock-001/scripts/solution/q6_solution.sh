#!/usr/bin/env bash
# Reference answer for Q6.
set -eu
ctx=cluster1 ns=team-a
kubectl --context "$ctx" label namespace "$ns" --overwrite \
    pod-security.kubernetes.io/enforce=restricted pod-security.kubernetes.io/enforce-version=latest \
    pod-security.kubernetes.io/warn=restricted
kubectl --context "$ctx" patch deployment legacy -n "$ns" --type strategic -p '{
  "spec": {"template": {"spec": {
    "securityContext": {"runAsNonRoot": true, "runAsUser": 1000, "seccompProfile": {"type": "RuntimeDefault"}},
    "containers": [{"name": "app", "securityContext": {"allowPrivilegeEscalation": false, "capabilities": {"drop": ["ALL"]}}}]
  }}}}'
kubectl --context "$ctx" rollout status deployment/legacy -n "$ns" --timeout=45s
