#!/usr/bin/env bash
# Q11: HTTPRoute shop/shop-route attaches to shop-gw for shop.example.com and sends PathPrefix /api to api:8080
# and PathPrefix / to frontend:80.
set -u
json=$(kubectl --context cluster1 -n shop get httproutes.gateway.networking.k8s.io shop-route -o json 2>/dev/null) || { echo "No HTTPRoute shop-route in namespace shop."; exit 1; }
jq -e 'any(.spec.parentRefs[]?; .name == "shop-gw" and ((.namespace // "shop") == "shop") and ((.kind // "Gateway") == "Gateway"))' <<<"$json" >/dev/null ||
    { echo "shop-route is not attached to the Gateway shop-gw."; exit 1; }
jq -e 'any(.spec.hostnames[]?; . == "shop.example.com")' <<<"$json" >/dev/null || { echo "shop-route does not serve shop.example.com."; exit 1; }
route() { # $1 path, $2 service, $3 port: a rule matching exactly that prefix sends everything to that backend
    jq -e --arg p "$1" --arg s "$2" --argjson port "$3" 'any(.spec.rules[]?;
        any(.matches[]?; (.path.type // "PathPrefix") == "PathPrefix" and (.path.value // "/") == $p) and
        ([.backendRefs[]?] | length > 0 and all(.[]; .name == $s and .port == $port and ((.kind // "Service") == "Service"))))' <<<"$json" >/dev/null
}
route /api api 8080 || { echo "shop-route has no rule sending PathPrefix /api to api:8080."; exit 1; }
route / frontend 80 || { echo "shop-route has no rule sending PathPrefix / to frontend:80."; exit 1; }
echo "HTTPRoute shop-route is as asked."
