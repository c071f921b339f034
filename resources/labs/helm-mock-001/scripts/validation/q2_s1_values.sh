#!/usr/bin/env bash
# Q2: the user-supplied values of release blog (either --set or -f).
set -u
json=$(helm --kube-context cluster1 status blog -n blog -o json 2>/dev/null) || { echo "No Helm release 'blog' in namespace 'blog'."; exit 1; }
status=$(jq -r '.info.status' <<<"$json")
[ "$status" = "deployed" ] || { echo "Release 'blog' is '$status', expected 'deployed'."; exit 1; }
values=$(helm --kube-context cluster1 get values blog -n blog -o json 2>/dev/null)
replicas=$(jq -r '.replicaCount // empty' <<<"$values")
type=$(jq -r '.service.type // empty' <<<"$values")
{ [ "$replicas" = "3" ] && [ "$type" = "NodePort" ]; } || { echo "Release 'blog' was given replicaCount='$replicas' and service.type='$type', expected 3 and NodePort."; exit 1; }
echo "Release 'blog' overrides replicaCount=3 and service.type=NodePort."
