#!/usr/bin/env bash
# Reference answer for Q14.
set -eu
kubectl --context cluster1 expose deployment backend -n net --name backend-svc --type ClusterIP --port 8080 --target-port 80
kubectl --context cluster1 wait --for=condition=Ready pod -l app=backend -n net --timeout=50s
