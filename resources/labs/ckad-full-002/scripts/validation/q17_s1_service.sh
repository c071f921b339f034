#!/usr/bin/env bash
# Q17: Service svc-lab/echo-svc (ClusterIP) maps port 8080 to the echo pod's port 80 and has it as ready endpoint.
set -u
json=$(kubectl --context cluster1 -n svc-lab get service echo-svc -o json 2>/dev/null) || { echo "No Service echo-svc in svc-lab."; exit 1; }
jq -e '.spec.type == "ClusterIP" and any(.spec.ports[]; .port == 8080 and (.targetPort == 80 or .targetPort == "80"))' <<<"$json" >/dev/null || { echo "echo-svc must be a ClusterIP Service on port 8080 -> 80."; exit 1; }
eps=$(kubectl --context cluster1 -n svc-lab get endpointslices -l kubernetes.io/service-name=echo-svc -o json 2>/dev/null)
jq -e '[.items[].endpoints[]? | select(.conditions.ready == true) | .targetRef.name] == ["echo"]' <<<"$eps" >/dev/null || { echo "echo-svc's only ready endpoint must be the pod echo."; exit 1; }
echo "echo-svc routes to echo."
