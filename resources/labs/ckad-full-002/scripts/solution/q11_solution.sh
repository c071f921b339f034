#!/usr/bin/env bash
# Reference answer for Q11.
set -eu
kubectl --context cluster1 apply -f - <<'YAML'
apiVersion: v1
kind: ServiceAccount
metadata: {name: reporter, namespace: reports}
automountServiceAccountToken: false
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: {name: configmap-reader, namespace: reports}
rules:
- {apiGroups: [""], resources: [configmaps], verbs: [get, list]}
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: {name: reporter-configmap-reader, namespace: reports}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: configmap-reader}
subjects:
- {kind: ServiceAccount, name: reporter, namespace: reports}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: report-gen, namespace: reports}
spec:
  replicas: 1
  selector: {matchLabels: {app: report-gen}}
  template:
    metadata: {labels: {app: report-gen}}
    spec:
      serviceAccountName: reporter
      containers:
      - {name: gen, image: busybox:1.36, command: [sleep, "86400"]}
YAML
kubectl --context cluster1 -n reports rollout status deployment report-gen --timeout=90s
