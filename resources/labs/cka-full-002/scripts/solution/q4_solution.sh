#!/usr/bin/env bash
# Reference answer for Q4: select the pods' real label and target their named port.
set -eu
kubectl --context cluster1 -n billing patch service invoice --type=json -p \
    '[{"op":"replace","path":"/spec/selector","value":{"app":"invoice"}},{"op":"replace","path":"/spec/ports/0/targetPort","value":"http"}]'
kubectl --context cluster1 -n billing rollout status deployment invoice --timeout=90s
kubectl --context cluster1 -n billing wait --for=condition=Ready pod/client --timeout=60s
