#!/usr/bin/env bash
# Reference answer for Q12.
set -eu
kubectl --context cluster1 -n capped set resources deployment worker --requests=cpu=100m,memory=64Mi --limits=cpu=200m,memory=128Mi
kubectl --context cluster1 -n capped rollout status deployment worker --timeout=120s
