#!/usr/bin/env bash
# Q11: Gateway shop/shop-gw uses the class ckx-gateway and has a listener named http for HTTP on port 80 with the
# hostname shop.example.com.
set -u
json=$(kubectl --context cluster1 -n shop get gateways.gateway.networking.k8s.io shop-gw -o json 2>/dev/null) || { echo "No Gateway shop-gw in namespace shop."; exit 1; }
jq -e '.spec.gatewayClassName == "ckx-gateway"' <<<"$json" >/dev/null || { echo "shop-gw must use the GatewayClass ckx-gateway."; exit 1; }
jq -e 'any(.spec.listeners[]?; .name == "http" and .protocol == "HTTP" and .port == 80 and .hostname == "shop.example.com")' <<<"$json" >/dev/null ||
    { echo "shop-gw has no listener http (HTTP, port 80, hostname shop.example.com)."; exit 1; }
echo "Gateway shop-gw is as asked."
