#!/usr/bin/env bash
# Q5: a Role that grants everything in ops, bound to the ops-bot service account.
set -eu
ctx=cluster1
kubectl --context "$ctx" create namespace ops --dry-run=client -o yaml | kubectl --context "$ctx" apply -f -
kubectl --context "$ctx" apply -f - <<'YAML'
apiVersion: v1
kind: ServiceAccount
metadata:
  name: ops-bot
  namespace: ops
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: ops-role
  namespace: ops
rules:
  - apiGroups: ["*"]
    resources: ["*"]
    verbs: ["*"]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: ops-role
  namespace: ops
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: ops-role
subjects:
  - kind: ServiceAccount
    name: ops-bot
    namespace: ops
YAML
