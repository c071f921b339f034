#!/usr/bin/env bash
# Reference answer for Q8.
set -eu
kubectl --context cluster1 patch deployment broken-api -n debug --type json \
    -p '[{"op":"replace","path":"/spec/template/spec/volumes/0/configMap/name","value":"api-conf"}]'
kubectl --context cluster1 rollout status deployment/broken-api -n debug --timeout=55s
