#!/usr/bin/env bash
# Q9: a kustomize base in the candidate's home and the target namespace.
set -eu
kubectl --context cluster1 create namespace kprod --dry-run=client -o yaml | kubectl --context cluster1 apply -f -
d=/home/candidate/kustomize/base
install -d -o candidate -g candidate /home/candidate/kustomize "$d"
cat >"$d/deployment.yaml" <<'YAML'
apiVersion: apps/v1
kind: Deployment
metadata:
  name: catalog
spec:
  replicas: 1
  selector:
    matchLabels:
      app: catalog
  template:
    metadata:
      labels:
        app: catalog
    spec:
      containers:
        - name: catalog
          image: busybox:1.36
          command: ["sleep", "86400"]
YAML
cat >"$d/kustomization.yaml" <<'YAML'
resources:
  - deployment.yaml
YAML
chown candidate:candidate "$d/deployment.yaml" "$d/kustomization.yaml"
