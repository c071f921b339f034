#!/usr/bin/env bash
# Reference answer for Q2.
# Waits stay within the runtime's 60 s script limit; they only matter while images are still being pulled.
set -eu
ns=phoenix
kubectl patch deployment web -n "$ns" --type merge \
    -p '{"spec":{"strategy":{"type":"RollingUpdate","rollingUpdate":{"maxSurge":1,"maxUnavailable":0}}}}'
kubectl scale deployment web -n "$ns" --replicas=4
kubectl set image deployment/web -n "$ns" nginx=nginx:1.25-alpine
kubectl rollout status deployment/web -n "$ns" --timeout=50s
