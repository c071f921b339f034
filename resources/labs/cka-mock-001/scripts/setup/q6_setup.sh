#!/usr/bin/env bash
# Q6: deployment billing pinned to cluster1-node02; the pod UIDs are recorded so the check can tell they were
# evicted by a drain (the pods come back on the node once it is uncordoned).
set -eu
ctx=cluster1
state=/root/.ckx-lab
mkdir -p "$state" && chmod 700 "$state"
node=$(ssh cluster1-node02 hostname)
kubectl --context "$ctx" create namespace maint --dry-run=client -o yaml | kubectl --context "$ctx" apply -f -
kubectl --context "$ctx" apply -f - <<YAML
apiVersion: apps/v1
kind: Deployment
metadata:
  name: billing
  namespace: maint
spec:
  replicas: 2
  selector:
    matchLabels:
      app: billing
  template:
    metadata:
      labels:
        app: billing
    spec:
      nodeSelector:
        kubernetes.io/hostname: $node
      containers:
        - name: web
          image: nginx:1.27-alpine
YAML
kubectl --context "$ctx" rollout status deployment/billing -n maint --timeout=45s
kubectl --context "$ctx" get pods -n maint -l app=billing -o jsonpath='{range .items[*]}{.metadata.uid}{"\n"}{end}' >"$state/cka-mock-q6-uids"
[ "$(grep -c . "$state/cka-mock-q6-uids")" -ge 2 ]
