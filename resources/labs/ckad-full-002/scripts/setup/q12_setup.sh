#!/usr/bin/env bash
# Q12: namespace capped has a quota that requires requests and limits; deployment worker sets none, so the
# ReplicaSet cannot create its pods.
set -eu
kubectl --context cluster1 create namespace capped
kubectl --context cluster1 -n capped create quota capped-quota --hard=requests.cpu=500m,requests.memory=256Mi,limits.cpu=1,limits.memory=512Mi
kubectl --context cluster1 -n capped create deployment worker --image=busybox:1.36 --replicas=2 -- sleep 86400
