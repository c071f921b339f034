#!/usr/bin/env bash
# Q10: Ingress shop in web2 routes host shop.example.test: /api (Prefix) to shop-api:8080 and / (Prefix) to
# shop-frontend:80, and nothing else.
set -u
json=$(kubectl --context cluster1 get ingress shop -n web2 -o json 2>/dev/null) || { echo "No Ingress 'shop' in 'web2'."; exit 1; }
if ! jq -e '
  def backend($svc; $port): .backend.service.name == $svc and ((.backend.service.port.number // -1) == $port or (.backend.service.port.name // "") == ($port | tostring));
  [.spec.rules[]? | select(.host == "shop.example.test") | .http.paths[]?] as $p
  | ([.spec.rules[]? | select(.host != "shop.example.test")] | length) == 0
    and ($p | length) == 2
    and any($p[]; (.path | rtrimstr("/")) == "/api" and .pathType == "Prefix" and backend("shop-api"; 8080))
    and any($p[]; .path == "/" and .pathType == "Prefix" and backend("shop-frontend"; 80))' <<<"$json" >/dev/null; then
    echo "Ingress 'shop' must route shop.example.test /api to shop-api:8080 and / to shop-frontend:80 (both Prefix), nothing else."
    exit 1
fi
echo "Ingress 'shop' routes as asked."
