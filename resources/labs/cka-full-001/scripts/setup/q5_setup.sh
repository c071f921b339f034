#!/usr/bin/env bash
# Q5: CoreDNS of cluster1 serves the wrong cluster domain (cluster.lokal), so service names do not resolve; a
# client deployment to test from. Waits until CoreDNS runs with the broken configuration.
set -eu
ctx=cluster1
kubectl --context "$ctx" get configmap coredns -n kube-system -o json |
    jq '.data.Corefile |= sub("kubernetes cluster\\.local "; "kubernetes cluster.lokal ")' |
    kubectl --context "$ctx" replace -f -
kubectl --context "$ctx" get configmap coredns -n kube-system -o jsonpath='{.data.Corefile}' | grep -q 'kubernetes cluster.lokal '
kubectl --context "$ctx" rollout restart deployment/coredns -n kube-system
kubectl --context "$ctx" create namespace dns-debug --dry-run=client -o yaml | kubectl --context "$ctx" apply -f -
kubectl --context "$ctx" apply -f - <<'YAML'
apiVersion: apps/v1
kind: Deployment
metadata:
  name: dnscheck
  namespace: dns-debug
spec:
  replicas: 1
  selector:
    matchLabels:
      app: dnscheck
  template:
    metadata:
      labels:
        app: dnscheck
    spec:
      containers:
        - name: client
          image: busybox:1.36
          command: ["sleep", "86400"]
YAML
kubectl --context "$ctx" rollout status deployment/coredns -n kube-system --timeout=40s
