#!/usr/bin/env bash
# Reference answer for Q3: select the deployment's pods and forward to the port nginx listens on.
set -eu
ctx=cluster1 ns=shop
kubectl --context "$ctx" patch service inventory-svc -n "$ns" --type json -p '[
  {"op": "replace", "path": "/spec/selector", "value": {"app": "inventory"}},
  {"op": "replace", "path": "/spec/ports/0/targetPort", "value": 80}
]'
kubectl --context "$ctx" rollout status deployment/inventory -n "$ns" --timeout=40s
for _ in $(seq 1 20); do
    n=$(kubectl --context "$ctx" get endpoints inventory-svc -n "$ns" -o jsonpath='{.subsets[*].addresses[*].ip}' | wc -w)
    [ "$n" -ge 2 ] && break
    sleep 1
done
kubectl --context "$ctx" rollout status deployment/shop-client -n "$ns" --timeout=20s
