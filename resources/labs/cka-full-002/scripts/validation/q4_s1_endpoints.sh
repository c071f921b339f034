#!/usr/bin/env bash
# Q4: billing/invoice still listens on port 80 and its EndpointSlices hold 2 ready endpoints on container port 80
# that are pods of the deployment invoice.
set -u
port=$(kubectl --context cluster1 -n billing get service invoice -o jsonpath='{.spec.ports[0].port}' 2>/dev/null)
[ "$port" = 80 ] || { echo "billing/invoice has port '${port}', expected 80."; exit 1; }
json=$(kubectl --context cluster1 -n billing get endpointslices -l kubernetes.io/service-name=invoice -o json 2>/dev/null) || { echo "Cannot read EndpointSlices in billing."; exit 1; }
pods=$(kubectl --context cluster1 -n billing get pods -l app=invoice -o jsonpath='{.items[*].metadata.name}' 2>/dev/null)
n=$(jq --arg pods "$pods" '[.items[] | select(any(.ports[]?; .port == 80)) | .endpoints[]? |
      select(.conditions.ready == true and (.targetRef.name as $p | ($pods | split(" ")) | index($p)))] | length' <<<"$json")
[ "${n:-0}" -ge 2 ] || { echo "billing/invoice has ${n:-0} ready endpoints on port 80 from the invoice pods, expected 2."; exit 1; }
echo "billing/invoice has $n ready endpoints."
