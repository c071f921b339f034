#!/usr/bin/env bash
# Q4: Service shop/web selects version=green and its ready endpoints are exactly the 2 green pods.
set -u
sel=$(kubectl --context cluster1 -n shop get service web -o jsonpath='{.spec.selector.version}' 2>/dev/null)
[ "$sel" = green ] || { echo "Service web selects version '${sel}', expected green."; exit 1; }
green=$(kubectl --context cluster1 -n shop get pods -l app=web,version=green -o jsonpath='{.items[*].metadata.name}' 2>/dev/null)
json=$(kubectl --context cluster1 -n shop get endpointslices -l kubernetes.io/service-name=web -o json 2>/dev/null)
jq -e --arg g "$green" '[.items[].endpoints[]? | select(.conditions.ready == true) | .targetRef.name] as $e |
    ($e | length) == 2 and all($e[]; . as $p | ($g | split(" ")) | index($p))' <<<"$json" >/dev/null ||
    { echo "Service web does not send traffic to exactly the 2 green pods."; exit 1; }
echo "Service web sends traffic to green."
