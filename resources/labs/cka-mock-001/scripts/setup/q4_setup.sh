#!/usr/bin/env bash
# Q4: a marker ConfigMap with a random token in cluster2, so the check can tell a snapshot taken during the exam.
set -eu
token="ckx-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
kubectl --context cluster2 create configmap ckx-etcd-marker -n kube-system --from-literal=token="$token" \
    --dry-run=client -o yaml | kubectl --context cluster2 apply -f -
