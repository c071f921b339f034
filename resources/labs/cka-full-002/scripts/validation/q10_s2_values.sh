#!/usr/bin/env bash
# Q10: the release runs 3 ready replicas (deployment status-web) and its Service status-web is a NodePort.
set -u
ready=$(kubectl --context cluster1 -n status-page get deployment status-web -o jsonpath='{.spec.replicas} {.status.readyReplicas}' 2>/dev/null)
[ "$ready" = "3 3" ] || { echo "status-page/status-web has replicas/ready '${ready}', expected 3 and 3."; exit 1; }
type=$(kubectl --context cluster1 -n status-page get service status-web -o jsonpath='{.spec.type}' 2>/dev/null)
[ "$type" = NodePort ] || { echo "status-page/status-web is of type '${type}', expected NodePort."; exit 1; }
echo "The release runs 3 replicas behind a NodePort service."
