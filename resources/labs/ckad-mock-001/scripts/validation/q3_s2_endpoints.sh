#!/usr/bin/env bash
# Q3: catalog-svc selects exactly the two pods of deployment catalog (not catalog-debug).
set -u
ns=neptune
kubectl get service catalog-svc -n "$ns" >/dev/null 2>&1 || { echo "No service 'catalog-svc' in namespace '$ns'."; exit 1; }
targets=$(kubectl get endpoints catalog-svc -n "$ns" -o jsonpath='{range .subsets[*].addresses[*]}{.targetRef.name}{"\n"}{end}' 2>/dev/null)
count=$(grep -c . <<<"$targets")
[ "$count" = "2" ] || { echo "Service 'catalog-svc' has $count ready endpoints (${targets//$'\n'/ }), expected the 2 pods of deployment 'catalog'."; exit 1; }
if grep -q '^catalog-debug$' <<<"$targets"; then
    echo "Service 'catalog-svc' also selects the pod 'catalog-debug'."
    exit 1
fi
echo "Service 'catalog-svc' routes to the 2 pods of deployment 'catalog'."
