#!/usr/bin/env bash
# Q18: a second local-path StorageClass fast-local that is not the default; standard stays the default. The
# namespace warehouse exists without claims.
set -eu
kubectl --context cluster1 create namespace warehouse
kubectl --context cluster1 apply -f - <<'YAML'
apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata: {name: fast-local}
provisioner: rancher.io/local-path
volumeBindingMode: WaitForFirstConsumer
reclaimPolicy: Delete
YAML
