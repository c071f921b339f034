#!/usr/bin/env bash
# Q8: frontend-svc in web is a ClusterIP service on port 8080 forwarding to the frontend pods' port 80.
set -u
ctx=cluster1 ns=web
json=$(kubectl --context "$ctx" get service frontend-svc -n "$ns" -o json 2>/dev/null) || { echo "No service 'frontend-svc' in '$ns'."; exit 1; }
jq -e '.spec.type == "ClusterIP"' <<<"$json" >/dev/null || { echo "Service 'frontend-svc' is not of type ClusterIP."; exit 1; }
jq -e '(.spec.ports | length) == 1 and .spec.ports[0].port == 8080 and ((.spec.ports[0].targetPort | tostring) == "80") and ((.spec.ports[0].protocol // "TCP") == "TCP")' <<<"$json" >/dev/null || {
    echo "Service 'frontend-svc' must have one TCP port 8080 with targetPort 80."
    exit 1
}
targets=$(kubectl --context "$ctx" get endpoints frontend-svc -n "$ns" -o jsonpath='{range .subsets[*].addresses[*]}{.targetRef.name}{"\n"}{end}' 2>/dev/null | sort)
pods=$(kubectl --context "$ctx" get pods -n "$ns" -l app=frontend --field-selector=status.phase=Running -o jsonpath='{range .items[*]}{.metadata.name}{"\n"}{end}' 2>/dev/null | sort)
if [ -z "$targets" ] || [ "$targets" != "$pods" ]; then
    echo "Service 'frontend-svc' routes to (${targets//$'\n'/ }), expected the frontend pods."
    exit 1
fi
echo "Service 'frontend-svc' exposes the frontend pods on 8080."
