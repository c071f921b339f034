#!/usr/bin/env bash
# Q3: inventory-svc still listens on port 80 and forwards to container port 80.
set -u
ctx=cluster1 ns=shop
got=$(kubectl --context "$ctx" get endpoints inventory-svc -n "$ns" -o jsonpath='{.subsets[*].ports[*].port}' 2>/dev/null)
port=$(kubectl --context "$ctx" get service inventory-svc -n "$ns" -o jsonpath='{.spec.ports[*].port}' 2>/dev/null)
[ "$port" = "80" ] || { echo "Service 'inventory-svc' listens on '${port}', expected 80."; exit 1; }
[ "$got" = "80" ] || { echo "Service 'inventory-svc' forwards to port '${got:-none}' of its endpoints, expected 80."; exit 1; }
echo "Service 'inventory-svc' forwards port 80 to container port 80."
