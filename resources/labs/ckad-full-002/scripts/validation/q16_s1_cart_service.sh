#!/usr/bin/env bash
# Q16: Service store/cart (ClusterIP) listens on 8080, forwards to the cart pods' port 80 and has a ready endpoint.
set -u
json=$(kubectl --context cluster1 -n store get service cart -o json 2>/dev/null) || { echo "No Service cart in namespace store."; exit 1; }
jq -e '.spec.type == "ClusterIP" and any(.spec.ports[]; .port == 8080 and (.targetPort == 80 or .targetPort == "80"))' <<<"$json" >/dev/null || { echo "cart must be a ClusterIP Service on port 8080 -> 80."; exit 1; }
pods=$(kubectl --context cluster1 -n store get pods -l app=cart -o jsonpath='{.items[*].metadata.name}' 2>/dev/null)
eps=$(kubectl --context cluster1 -n store get endpointslices -l kubernetes.io/service-name=cart -o json 2>/dev/null)
jq -e --arg p "$pods" '[.items[].endpoints[]? | select(.conditions.ready == true) | .targetRef.name] as $e | ($e | length) > 0 and all($e[]; . as $n | ($p | split(" ")) | index($n))' <<<"$eps" >/dev/null ||
    { echo "cart has no ready endpoint among the cart pods."; exit 1; }
echo "Service cart routes to the cart pods."
