#!/usr/bin/env bash
# Q7: three tiers of pods the policies are about.
set -eu
kubectl create namespace saturn --dry-run=client -o yaml | kubectl apply -f -
# Pods are refused until the namespace's default ServiceAccount exists, which follows the namespace shortly.
for _ in $(seq 1 60); do
    kubectl get serviceaccount default -n saturn >/dev/null 2>&1 && break
    sleep 0.5
done
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
