#!/usr/bin/env bash
# Q7: the working settings are back (checked once the release is repaired).
set -u
json=$(helm --kube-context cluster1 status broken -n broken -o json 2>/dev/null) || { echo "No Helm release 'broken' in namespace 'broken'."; exit 1; }
status=$(jq -r '.info.status' <<<"$json")
[ "$status" = "deployed" ] || { echo "Release 'broken' is '$status', expected 'deployed'."; exit 1; }
got=$(kubectl --context cluster1 get service broken-webapp -n broken -o jsonpath='{.spec.ports[0].port}' 2>/dev/null) || { echo "No service broken-webapp in namespace 'broken'."; exit 1; }
replicas=$(kubectl --context cluster1 get deployment broken-webapp -n broken -o jsonpath='{.spec.replicas}' 2>/dev/null)
{ [ "$got" = "80" ] && [ "$replicas" = "2" ]; } || { echo "broken-webapp has port '$got' and replicas '$replicas', expected 80 and 2."; exit 1; }
echo "broken-webapp listens on 80 with 2 replicas."
