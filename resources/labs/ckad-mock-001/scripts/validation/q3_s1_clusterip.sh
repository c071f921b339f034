#!/usr/bin/env bash
# Q3: service catalog-svc is a ClusterIP service on port 8080 forwarding to container port 80.
set -u
ns=neptune
got=$(kubectl get service catalog-svc -n "$ns" -o jsonpath='{.spec.type} {.spec.ports[0].port} {.spec.ports[0].targetPort} {.spec.ports[0].protocol}' 2>/dev/null) || {
    echo "No service 'catalog-svc' in namespace '$ns'."
    exit 1
}
read -r type port target proto <<<"$got"
[ "$type" = "ClusterIP" ] || { echo "Service 'catalog-svc' is of type '$type', expected ClusterIP."; exit 1; }
[ "$port" = "8080" ] || { echo "Service 'catalog-svc' listens on port $port, expected 8080."; exit 1; }
case "$target" in 80 | http) ;; *) echo "Service 'catalog-svc' forwards to port '$target', expected 80."; exit 1 ;; esac
[ "$proto" = "TCP" ] || { echo "Service 'catalog-svc' uses protocol $proto, expected TCP."; exit 1; }
echo "Service 'catalog-svc' is ClusterIP 8080 -> 80."
