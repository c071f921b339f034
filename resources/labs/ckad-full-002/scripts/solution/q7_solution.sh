#!/usr/bin/env bash
# Reference answer for Q7.
set -eu
kubectl --context cluster1 -n health patch deployment api --type=strategic -p '{"spec":{"template":{"spec":{"containers":[{"name":"nginx",
  "startupProbe":{"httpGet":{"path":"/","port":80},"failureThreshold":30,"periodSeconds":2},
  "readinessProbe":{"httpGet":{"path":"/","port":80},"periodSeconds":5},
  "livenessProbe":{"tcpSocket":{"port":80},"periodSeconds":15}}]}}}}'
kubectl --context cluster1 -n health rollout status deployment api --timeout=120s
