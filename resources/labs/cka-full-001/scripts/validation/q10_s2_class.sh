#!/usr/bin/env bash
# Q10: Ingress shop uses the IngressClass nginx (spec.ingressClassName) and its backends exist with endpoints.
set -u
json=$(kubectl --context cluster1 get ingress shop -n web2 -o json 2>/dev/null) || { echo "No Ingress 'shop' in 'web2'."; exit 1; }
jq -e '.spec.ingressClassName == "nginx"' <<<"$json" >/dev/null || { echo "Ingress 'shop' does not set ingressClassName nginx."; exit 1; }
for svc in $(jq -r '[.spec.rules[]?.http.paths[]?.backend.service.name] | unique | .[]' <<<"$json"); do
    ips=$(kubectl --context cluster1 get endpoints "$svc" -n web2 -o jsonpath='{.subsets[*].addresses[*].ip}' 2>/dev/null)
    [ -n "$ips" ] || { echo "Backend service '$svc' of Ingress 'shop' has no endpoints."; exit 1; }
done
echo "Ingress 'shop' uses the nginx class and its backends are up."
