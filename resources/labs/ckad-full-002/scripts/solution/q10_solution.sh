#!/usr/bin/env bash
# Reference answer for Q10.
set -eu
kubectl --context cluster1 apply -f - <<'YAML'
apiVersion: v1
kind: Pod
metadata: {name: secure-app, namespace: secure}
spec:
  securityContext:
    runAsUser: 1000
    runAsGroup: 3000
    fsGroup: 2000
    runAsNonRoot: true
    seccompProfile: {type: RuntimeDefault}
  containers:
  - name: app
    image: busybox:1.36
    command: [sleep, "86400"]
    securityContext:
      allowPrivilegeEscalation: false
      readOnlyRootFilesystem: true
      capabilities: {drop: [ALL]}
    volumeMounts: [{name: tmp, mountPath: /tmp}]
  volumes:
  - {name: tmp, emptyDir: {}}
YAML
kubectl --context cluster1 -n secure wait --for=condition=Ready pod/secure-app --timeout=90s
