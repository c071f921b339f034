#!/usr/bin/env bash
# Reference answer for Q10.
set -eu
kubectl --context cluster1 apply -f - <<'YAML'
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: shop
  namespace: web2
spec:
  ingressClassName: nginx
  rules:
    - host: shop.example.test
      http:
        paths:
          - path: /api
            pathType: Prefix
            backend:
              service:
                name: shop-api
                port:
                  number: 8080
          - path: /
            pathType: Prefix
            backend:
              service:
                name: shop-frontend
                port:
                  number: 80
YAML
kubectl --context cluster1 rollout status deployment/shop-api -n web2 --timeout=25s
kubectl --context cluster1 rollout status deployment/shop-frontend -n web2 --timeout=25s
