#!/usr/bin/env bash
# Q8: http://frontend-svc.web.svc.cluster.local:8080 answers from inside the cluster (resolved by cluster DNS).
set -u
ctx=cluster1 ns=web
kubectl --context "$ctx" get service frontend-svc -n "$ns" -o name >/dev/null 2>&1 || { echo "No service 'frontend-svc' in '$ns'."; exit 1; }
page=$(timeout 20 kubectl --context "$ctx" exec deploy/frontend -n "$ns" -- timeout 8 wget -q -O - http://frontend-svc.web.svc.cluster.local:8080 2>/dev/null)
case $page in
    *nginx*) echo "frontend-svc.web.svc.cluster.local:8080 answers." ;;
    *) echo "http://frontend-svc.web.svc.cluster.local:8080 does not answer inside the cluster."; exit 1 ;;
esac
