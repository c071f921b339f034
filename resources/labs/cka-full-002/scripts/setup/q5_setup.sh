#!/usr/bin/env bash
# Q5: the kubelet of cluster3-node01 keeps running but talks to a port where no API server listens, so the node
# goes NotReady. A pod bound to that node waits in node-check.
set -eu
node=$(ssh cluster3-node01 hostname)
ssh cluster3-node01 'set -e
grep -q "server: https://.*:6443$" /etc/kubernetes/kubelet.conf
sed -i "s#^\(    server: https://.*\):6443\$#\1:6643#" /etc/kubernetes/kubelet.conf
systemctl restart kubelet'
# Renewals after this moment can only come from a kubelet that reaches the API server again.
mkdir -p /root/.ckx-lab
date +%s > /root/.ckx-lab/q5-start
kubectl --context cluster3 create namespace node-check
kubectl --context cluster3 apply -f - <<YAML
apiVersion: v1
kind: Pod
metadata: {name: pinned, namespace: node-check}
spec:
  nodeName: ${node}
  # Tolerate the node's not-ready/unreachable taints for good: otherwise the pod is evicted after 300 s.
  tolerations:
  - {key: node.kubernetes.io/not-ready, operator: Exists, effect: NoExecute}
  - {key: node.kubernetes.io/unreachable, operator: Exists, effect: NoExecute}
  containers:
  - {name: web, image: nginx:1.27-alpine}
YAML
