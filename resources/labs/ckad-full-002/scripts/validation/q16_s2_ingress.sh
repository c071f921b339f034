#!/usr/bin/env bash
# Q16: Ingress store/store-ingress (class nginx) serves store.local with TLS from store-tls, /cart (Prefix) to
# cart:8080 and / (Prefix) to web:80.
set -u
json=$(kubectl --context cluster1 -n store get ingress store-ingress -o json 2>/dev/null) || { echo "No Ingress store-ingress in namespace store."; exit 1; }
jq -e '.spec.ingressClassName == "nginx"' <<<"$json" >/dev/null || { echo "store-ingress must use the IngressClass nginx."; exit 1; }
jq -e 'any(.spec.tls[]?; .secretName == "store-tls" and any(.hosts[]?; . == "store.local"))' <<<"$json" >/dev/null || { echo "store-ingress has no TLS for store.local with store-tls."; exit 1; }
path() { jq -e --arg p "$1" --arg s "$2" --argjson port "$3" 'any(.spec.rules[]?; .host == "store.local" and any(.http.paths[]?;
        .path == $p and .pathType == "Prefix" and .backend.service.name == $s and .backend.service.port.number == $port))' <<<"$json" >/dev/null; }
path /cart cart 8080 || { echo "store-ingress does not send store.local/cart (Prefix) to cart:8080."; exit 1; }
path / web 80 || { echo "store-ingress does not send store.local/ (Prefix) to web:80."; exit 1; }
echo "store-ingress is as asked."
