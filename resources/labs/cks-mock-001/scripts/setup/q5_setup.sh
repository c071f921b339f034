#!/usr/bin/env bash
# Q5: a seccomp profile on cluster1-node01 that blocks mkdir, and a deployment without any seccomp profile.
set -eu
ctx=cluster1
ssh cluster1-node01 'mkdir -p /var/lib/kubelet/seccomp/profiles && cat > /var/lib/kubelet/seccomp/profiles/no-mkdir.json' <<'JSON'
{
  "defaultAction": "SCMP_ACT_ALLOW",
  "syscalls": [
    {"names": ["mkdir", "mkdirat"], "action": "SCMP_ACT_ERRNO"}
  ]
}
JSON
kubectl --context "$ctx" create namespace hardening --dry-run=client -o yaml | kubectl --context "$ctx" apply -f -
kubectl --context "$ctx" apply -f - <<'YAML'
apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  namespace: hardening
spec:
  replicas: 1
  selector:
    matchLabels:
      app: api
  template:
    metadata:
      labels:
        app: api
    spec:
      containers:
        - name: api
          image: busybox:1.36
          command: ["sleep", "86400"]
        - name: sidecar
          image: busybox:1.36
          command: ["sleep", "86400"]
YAML
