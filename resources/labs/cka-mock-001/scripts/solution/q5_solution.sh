#!/usr/bin/env bash
# Reference answer for Q5: a manifest in the kubelet's staticPodPath of cluster2-controlplane.
set -eu
ssh cluster2-controlplane 'cat > /etc/kubernetes/manifests/audit-web.yaml' <<'YAML'
apiVersion: v1
kind: Pod
metadata:
  name: audit-web
  namespace: default
  labels:
    app: audit-web
spec:
  containers:
    - name: web
      image: nginx:1.27-alpine
      ports:
        - containerPort: 80
YAML
node=$(ssh cluster2-controlplane hostname)
for _ in $(seq 1 45); do
    phase=$(kubectl --context cluster2 get pod "audit-web-$node" -n default -o jsonpath='{.status.phase}' 2>/dev/null || true)
    [ "$phase" = "Running" ] && exit 0
    sleep 1
done
echo "audit-web-$node did not reach Running in 45 s" >&2
exit 1
