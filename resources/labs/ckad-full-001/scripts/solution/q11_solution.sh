#!/usr/bin/env bash
# Reference answer for Q11.
set -eu
kubectl --context cluster1 apply -f - <<'YAML'
apiVersion: v1
kind: Pod
metadata:
  name: secure-app
  namespace: secure
spec:
  securityContext:
    runAsUser: 1000
    runAsGroup: 3000
    fsGroup: 2000
  containers:
    - name: app
      image: busybox:1.36
      command: ["sleep", "3600"]
      securityContext:
        allowPrivilegeEscalation: false
        readOnlyRootFilesystem: true
        capabilities:
          drop: ["ALL"]
YAML
kubectl --context cluster1 wait --for=condition=Ready pod/secure-app -n secure --timeout=50s
