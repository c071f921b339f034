#!/usr/bin/env bash
# Q7: deployment health/api runs without any probe.
set -eu
kubectl --context cluster1 create namespace health
kubectl --context cluster1 -n health create deployment api --image=nginx:1.27-alpine --port=80 --replicas=2
