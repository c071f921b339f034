#!/usr/bin/env bash
# Reference answer for Q7.
set -eu
ssh cluster1-node01 'mkdir -p /var/lib/kubelet/seccomp/profiles && cat > /var/lib/kubelet/seccomp/profiles/deny-chmod.json' <<'JSON'
{
  "defaultAction": "SCMP_ACT_ALLOW",
  "syscalls": [
    {"names": ["chmod", "fchmod", "fchmodat", "fchmodat2"], "action": "SCMP_ACT_ERRNO"}
  ]
}
JSON
kubectl --context cluster1 apply -f - <<'YAML'
apiVersion: v1
kind: Pod
metadata:
  name: no-chmod
  namespace: sec
spec:
  securityContext:
    seccompProfile:
      type: Localhost
      localhostProfile: profiles/deny-chmod.json
  containers:
    - name: app
      image: busybox:1.36
      command: ["sleep", "86400"]
YAML
kubectl --context cluster1 wait --for=condition=Ready pod/no-chmod -n sec --timeout=45s
