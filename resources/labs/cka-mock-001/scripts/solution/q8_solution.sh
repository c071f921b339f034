#!/usr/bin/env bash
# Reference answer for Q8.
set -eu
ctx=cluster1 ns=web
kubectl --context "$ctx" expose deployment frontend -n "$ns" --name frontend-svc --type ClusterIP --port 8080 --target-port 80
kubectl --context "$ctx" rollout status deployment/frontend -n "$ns" --timeout=30s
mkdir -p "$HOME/dns"
# What `nslookup frontend-svc.web.svc.cluster.local` prints from a busybox pod is this address.
kubectl --context "$ctx" get service frontend-svc -n "$ns" -o jsonpath='{.spec.clusterIP}{"\n"}' >"$HOME/dns/frontend-svc.txt"
for _ in $(seq 1 15); do
    n=$(kubectl --context "$ctx" get endpoints frontend-svc -n "$ns" -o jsonpath='{.subsets[*].addresses[*].ip}' | wc -w)
    [ "$n" -ge 2 ] && break
    sleep 1
done
