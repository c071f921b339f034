#!/usr/bin/env bash
# Q3: from a pod of deployment shop-client, http://inventory-svc.shop serves the nginx page.
set -u
ctx=cluster1 ns=shop
# The check needs some working endpoint first, so a fresh service (no endpoints) fails fast.
eps=$(kubectl --context "$ctx" get endpoints inventory-svc -n "$ns" -o jsonpath='{.subsets[*].addresses[*].ip}' 2>/dev/null)
[ -n "$eps" ] || { echo "Service 'inventory-svc' has no endpoints."; exit 1; }
page=$(timeout 20 kubectl --context "$ctx" exec deploy/shop-client -n "$ns" -- timeout 8 wget -q -O - http://inventory-svc.shop.svc.cluster.local 2>/dev/null)
case $page in
    *nginx*) echo "http://inventory-svc.shop answers from the inventory pods." ;;
    *) echo "http://inventory-svc.shop does not answer from shop-client."; exit 1 ;;
esac
