#!/usr/bin/env bash
# Q12: web-headless in net3 is a headless service (clusterIP None) selecting app=web on port 80.
set -u
json=$(kubectl --context cluster1 get service web-headless -n net3 -o json 2>/dev/null) || { echo "No service 'web-headless' in 'net3'."; exit 1; }
jq -e '.spec.clusterIP == "None"' <<<"$json" >/dev/null || { echo "Service 'web-headless' is not headless (clusterIP None)."; exit 1; }
jq -e '.spec.selector == {"app": "web"} and any(.spec.ports[]; .port == 80)' <<<"$json" >/dev/null || { echo "Service 'web-headless' must select app=web on port 80."; exit 1; }
echo "Service 'web-headless' is headless."
