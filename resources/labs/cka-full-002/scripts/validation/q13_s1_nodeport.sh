#!/usr/bin/env bash
# Q13: catalog/catalog is a NodePort service on port 80, node port 30180, still selecting the catalog pods.
set -u
json=$(kubectl --context cluster1 -n catalog get service catalog -o json 2>/dev/null) || { echo "No service catalog in namespace catalog."; exit 1; }
jq -e '.spec.type == "NodePort" and any(.spec.ports[]; .port == 80 and .nodePort == 30180 and (.targetPort == 80 or .targetPort == "80"))' <<<"$json" >/dev/null ||
    { echo "catalog/catalog must be a NodePort with port 80 -> 80 on node port 30180."; exit 1; }
jq -e '.spec.selector == {app: "catalog"}' <<<"$json" >/dev/null || { echo "catalog/catalog no longer selects app=catalog."; exit 1; }
echo "catalog/catalog is exposed on node port 30180."
