#!/usr/bin/env bash
# Q2: web-init is ready and nginx serves the page the init container wrote ("prepared by init").
set -u
ready=$(kubectl --context cluster1 -n design get pod web-init -o jsonpath='{.status.containerStatuses[?(@.name=="web")].ready}' 2>/dev/null)
[ "$ready" = true ] || { echo "design/web-init is not ready."; exit 1; }
body=$(kubectl --context cluster1 -n design exec web-init -c web -- wget -q -T 5 -O - http://127.0.0.1/ 2>/dev/null)
[[ $body == *"prepared by init"* ]] || { echo "web-init serves '${body:0:60}', expected the page with 'prepared by init'."; exit 1; }
echo "web-init serves the page from its init container."
