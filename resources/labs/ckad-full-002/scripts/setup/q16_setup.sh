#!/usr/bin/env bash
# Q16: the store's web and cart deployments (nginx on port 80) and the TLS secret store-tls; no cart Service and
# no Ingress yet.
set -eu
kubectl --context cluster1 create namespace store
kubectl --context cluster1 -n store create deployment web --image=nginx:1.27-alpine --port=80
kubectl --context cluster1 -n store expose deployment web --port=80
kubectl --context cluster1 -n store create deployment cart --image=nginx:1.27-alpine --port=80
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=store.local" -keyout "$d/tls.key" -out "$d/tls.crt" 2>/dev/null
kubectl --context cluster1 -n store create secret tls store-tls --cert="$d/tls.crt" --key="$d/tls.key"
