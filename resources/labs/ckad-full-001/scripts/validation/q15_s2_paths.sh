#!/usr/bin/env bash
# Q15: the two paths, in any order.
set -u
paths=$(kubectl --context cluster1 get ingress shop-ingress -n ingress -o jsonpath='{range .spec.rules[?(@.host=="shop.example.local")].http.paths[*]}{.path}={.pathType}={.backend.service.name}:{.backend.service.port.number}{"\n"}{end}' 2>/dev/null)
for want in "/api=Prefix=api-svc:80" "/=Prefix=web-svc:80"; do
    grep -qxF "$want" <<<"$paths" || { echo "shop-ingress has paths '${paths//$'\n'/ }'; '$want' is missing."; exit 1; }
done
echo "shop-ingress routes /api and / as asked."
