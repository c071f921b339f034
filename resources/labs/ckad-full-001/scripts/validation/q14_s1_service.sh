#!/usr/bin/env bash
# Q14: the service spec and its endpoints (2 backend pods).
set -u
got=$(kubectl --context cluster1 get service backend-svc -n net -o jsonpath='{.spec.type} {.spec.ports[0].port}' 2>/dev/null) || { echo "No service 'backend-svc' in namespace 'net'."; exit 1; }
[ "$got" = "ClusterIP 8080" ] || { echo "backend-svc has type/port '$got', expected 'ClusterIP 8080'."; exit 1; }
eps=$(kubectl --context cluster1 get endpoints backend-svc -n net -o jsonpath='{range .subsets[*]}{range .addresses[*]}{.targetRef.name} {end}{.ports[0].port}{end}')
n=$(wc -w <<<"$eps")
case "$eps" in
    backend-*" 80") [ "$n" = 3 ] || { echo "backend-svc routes to '$eps', expected the 2 backend pods on port 80."; exit 1; } ;;
    *) echo "backend-svc routes to '$eps', expected the 2 backend pods on port 80."; exit 1 ;;
esac
echo "backend-svc routes 8080 to port 80 of the backend pods."
