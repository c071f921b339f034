#!/usr/bin/env bash
# Q12: web-public in net3 is a NodePort service on port 80, node port 30090, routing to both web pods.
set -u
json=$(kubectl --context cluster1 get service web-public -n net3 -o json 2>/dev/null) || { echo "No service 'web-public' in 'net3'."; exit 1; }
jq -e '.spec.type == "NodePort" and any(.spec.ports[]; .port == 80 and .nodePort == 30090 and ((.targetPort | tostring) == "80" or .targetPort == "http"))' <<<"$json" >/dev/null || {
    echo "Service 'web-public' must be NodePort 80 -> 80 on node port 30090."
    exit 1
}
n=$(kubectl --context cluster1 get endpoints web-public -n net3 -o jsonpath='{.subsets[*].addresses[*].ip}' 2>/dev/null | wc -w)
[ "$n" = "2" ] || { echo "Service 'web-public' routes to $n pods, expected the 2 web pods."; exit 1; }
echo "Service 'web-public' publishes the web pods on node port 30090."
