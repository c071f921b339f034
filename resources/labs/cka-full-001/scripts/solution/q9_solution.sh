#!/usr/bin/env bash
# Reference answer for Q9 (patchesStrategicMerge works with every kustomize that kubectl embeds).
set -eu
d=$HOME/kustomize/overlays/prod
mkdir -p "$d"
cat >"$d/kustomization.yaml" <<'YAML'
resources:
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
