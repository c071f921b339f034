#!/usr/bin/env bash
# Q5: Service canary/api has 5 ready endpoints: 4 stable pods and 1 canary pod (20 % canary).
set -u
stable=$(kubectl --context cluster1 -n canary get pods -l app=api,track=stable -o jsonpath='{.items[*].metadata.name}' 2>/dev/null)
canary=$(kubectl --context cluster1 -n canary get pods -l app=api,track=canary -o jsonpath='{.items[*].metadata.name}' 2>/dev/null)
json=$(kubectl --context cluster1 -n canary get endpointslices -l kubernetes.io/service-name=api -o json 2>/dev/null) || { echo "Cannot read EndpointSlices in canary."; exit 1; }
got=$(jq -r --arg s "$stable" --arg c "$canary" '[.items[].endpoints[]? | select(.conditions.ready == true) | .targetRef.name] as $e |
    "\([$e[] | select(. as $p | ($s | split(" ")) | index($p))] | length) \([$e[] | select(. as $p | ($c | split(" ")) | index($p))] | length) \($e | length)"' <<<"$json")
[ "$got" = "4 1 5" ] || { echo "Service api has stable/canary/total ready endpoints '$got', expected 4 1 5."; exit 1; }
echo "Service api sends 1 in 5 requests to the canary."
