#!/usr/bin/env bash
# Q7: three tiers of pods the policies are about.
set -eu
kubectl create namespace saturn --dry-run=client -o yaml | kubectl apply -f -
for tier in web api db; do
    kubectl apply -f - <<YAML
apiVersion: v1
kind: Pod
metadata:
  name: ${tier}
  namespace: saturn
  labels:
    app: ${tier}
spec:
  containers:
    - name: ${tier}
      image: busybox:1.36
      command: ["sleep", "86400"]
YAML
done
