#!/usr/bin/env bash
# Q4: weaken the kubelet of cluster1-node01: anonymous requests allowed, authorisation AlwaysAllow, read-only port
# 10255 open. Also a service account without any RBAC grant whose token the check uses as an "other" client.
set -eu
ctx=cluster1
ssh cluster1-node01 'set -e
f=/var/lib/kubelet/config.yaml
grep -q "^  anonymous:" "$f"
sed -i "/^  anonymous:/{n;s/enabled: false/enabled: true/}" "$f"
sed -i "s/^  mode: Webhook/  mode: AlwaysAllow/" "$f"
sed -i "/^readOnlyPort:/d" "$f"
echo "readOnlyPort: 10255" >> "$f"
grep -A1 "^  anonymous:" "$f" | grep -q "enabled: true"
grep -q "^  mode: AlwaysAllow" "$f"
systemctl restart kubelet'
kubectl --context "$ctx" create namespace ckx-probe --dry-run=client -o yaml | kubectl --context "$ctx" apply -f -
kubectl --context "$ctx" create serviceaccount kubelet-probe -n ckx-probe --dry-run=client -o yaml | kubectl --context "$ctx" apply -f -
kubectl --context "$ctx" apply -f - <<'YAML'
apiVersion: v1
kind: Secret
metadata:
  name: kubelet-probe-token
  namespace: ckx-probe
  annotations:
    kubernetes.io/service-account.name: kubelet-probe
type: kubernetes.io/service-account-token
YAML
