#!/usr/bin/env bash
# Reference answer for Q16.
set -eu
kubectl --context cluster1 -n store expose deployment cart --port=8080 --target-port=80
kubectl --context cluster1 apply -f - <<'YAML'
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: store-ingress, namespace: store}
spec:
  ingressClassName: nginx
  tls:
  - {hosts: [store.local], secretName: store-tls}
  rules:
  - host: store.local
    http:
      paths:
      - {path: /cart, pathType: Prefix, backend: {service: {name: cart, port: {number: 8080}}}}
      - {path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}
YAML
kubectl --context cluster1 -n store rollout status deployment cart --timeout=90s
