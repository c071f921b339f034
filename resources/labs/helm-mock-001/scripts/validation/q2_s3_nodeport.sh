#!/usr/bin/env bash
# Q2: the release's service is of type NodePort.
set -u
type=$(kubectl --context cluster1 get service -n blog -l app.kubernetes.io/instance=blog -o jsonpath='{.items[0].spec.type}' 2>/dev/null)
[ "$type" = "NodePort" ] || { echo "The service of release 'blog' is of type '$type', expected NodePort."; exit 1; }
echo "The service of release 'blog' is a NodePort."
