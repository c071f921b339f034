#!/usr/bin/env bash
# Q3: service catalog-public exposes the same pods on node port 30080.
set -u
ns=neptune
got=$(kubectl get service catalog-public -n "$ns" -o jsonpath='{.spec.type} {.spec.ports[0].nodePort} {.spec.ports[0].port} {.spec.ports[0].targetPort} {.spec.selector.tier}' 2>/dev/null) || {
    echo "No service 'catalog-public' in namespace '$ns'."
    exit 1
}
read -r type nodeport port target tier <<<"$got"
[ "$type" = "NodePort" ] || { echo "Service 'catalog-public' is of type '$type', expected NodePort."; exit 1; }
[ "$nodeport" = "30080" ] || { echo "Service 'catalog-public' uses node port '$nodeport', expected 30080."; exit 1; }
[ "$port" = "80" ] || { echo "Service 'catalog-public' listens on port $port, expected 80."; exit 1; }
case "$target" in 80 | http) ;; *) echo "Service 'catalog-public' forwards to port '$target', expected 80."; exit 1 ;; esac
[ "${tier:-}" = "api" ] || { echo "Service 'catalog-public' does not select tier=api, so it would also reach 'catalog-debug'."; exit 1; }
echo "Service 'catalog-public' exposes tier=api pods on node port 30080."
