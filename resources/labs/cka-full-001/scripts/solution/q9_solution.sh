#!/usr/bin/env bash
# Reference answer for Q9. bases and patchesStrategicMerge work with every kustomize that kubectl embeds (v2.0 in
# kubectl 1.20 takes directories only under bases; kustomize v5 still accepts them, with a deprecation warning).
set -eu
d=$HOME/kustomize/overlays/prod
mkdir -p "$d"
cat >"$d/kustomization.yaml" <<'YAML'
bases:
  - ../../base
namespace: kprod
namePrefix: prod-
commonLabels:
  env: prod
patchesStrategicMerge:
  - replicas.yaml
YAML
cat >"$d/replicas.yaml" <<'YAML'
apiVersion: apps/v1
kind: Deployment
metadata:
  name: catalog
spec:
  replicas: 3
YAML
kubectl --context cluster1 apply -k "$d"
kubectl --context cluster1 rollout status deployment/prod-catalog -n kprod --timeout=45s
