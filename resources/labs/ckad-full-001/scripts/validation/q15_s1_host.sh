#!/usr/bin/env bash
# Q15: class and host.
set -u
got=$(kubectl --context cluster1 get ingress shop-ingress -n ingress -o jsonpath='{.spec.ingressClassName} {.spec.rules[*].host}' 2>/dev/null) || { echo "No Ingress 'shop-ingress' in namespace 'ingress'."; exit 1; }
[ "$got" = "nginx shop.example.local" ] || { echo "shop-ingress has class/host '$got', expected 'nginx shop.example.local'."; exit 1; }
echo "shop-ingress is for shop.example.local with class nginx."
