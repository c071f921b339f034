#!/usr/bin/env bash
# Reference answer for Q15.
set -eu
kubectl --context cluster1 create ingress shop-ingress -n ingress --class=nginx \
    --rule="shop.example.local/api*=api-svc:80" --rule="shop.example.local/*=web-svc:80" \
    --dry-run=client -o yaml | kubectl --context cluster1 apply -f -
