#!/usr/bin/env bash
# Reference answer for Q5.
set -eu
ctx=cluster1
kubectl --context "$ctx" apply -f - <<'YAML'
apiVersion: v1
kind: Pod
metadata:
  name: no-mkdir
  namespace: hardening
spec:
  securityContext:
    seccompProfile:
      type: Localhost
      localhostProfile: profiles/no-mkdir.json
  containers:
    - name: app
      image: busybox:1.36
      command: ["sleep", "86400"]
YAML
kubectl --context "$ctx" patch deployment api -n hardening --type merge \
    -p '{"spec":{"template":{"spec":{"securityContext":{"seccompProfile":{"type":"RuntimeDefault"}}}}}}'
kubectl --context "$ctx" wait --for=condition=Ready pod/no-mkdir -n hardening --timeout=30s
kubectl --context "$ctx" rollout status deployment/api -n hardening --timeout=25s
