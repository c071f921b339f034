#!/usr/bin/env bash
# Q3: inventory-svc routes to exactly the pods of deployment inventory.
set -u
ctx=cluster1 ns=shop
kubectl --context "$ctx" get service inventory-svc -n "$ns" -o name >/dev/null 2>&1 || { echo "No service 'inventory-svc' in '$ns' on $ctx."; exit 1; }
targets=$(kubectl --context "$ctx" get endpoints inventory-svc -n "$ns" -o jsonpath='{range .subsets[*].addresses[*]}{.targetRef.name}{"\n"}{end}' 2>/dev/null | sort)
pods=$(kubectl --context "$ctx" get pods -n "$ns" -l app=inventory --field-selector=status.phase=Running -o jsonpath='{range .items[*]}{.metadata.name}{"\n"}{end}' 2>/dev/null | sort)
[ -n "$targets" ] || { echo "Service 'inventory-svc' has no ready endpoints."; exit 1; }
[ "$targets" = "$pods" ] || { echo "Service 'inventory-svc' routes to (${targets//$'\n'/ }), expected the inventory pods (${pods//$'\n'/ })."; exit 1; }
echo "Service 'inventory-svc' routes to the inventory pods."
