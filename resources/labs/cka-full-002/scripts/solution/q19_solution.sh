#!/usr/bin/env bash
# Reference answer for Q19: allow expansion on the class (a mutable field), then raise the claim's request.
set -eu
kubectl --context cluster1 patch storageclass resizable -p '{"allowVolumeExpansion": true}'
for _ in $(seq 30); do
    [ "$(kubectl --context cluster1 -n store get pvc logs -o jsonpath='{.status.phase}')" = Bound ] && break
    sleep 2
done
kubectl --context cluster1 -n store patch pvc logs -p '{"spec":{"resources":{"requests":{"storage":"2Gi"}}}}'
