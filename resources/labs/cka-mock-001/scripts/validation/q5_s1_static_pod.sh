#!/usr/bin/env bash
# Q5: audit-web is a static pod of cluster2-controlplane (a mirror pod whose source is a file), running nginx:1.27-alpine.
set -u
node=$(ssh cluster2-controlplane hostname 2>/dev/null) || { echo "cluster2-controlplane is unreachable over SSH."; exit 1; }
json=$(kubectl --context cluster2 get pod "audit-web-$node" -n default -o json 2>/dev/null) || {
    echo "No pod audit-web-$node in namespace default of cluster2 (the mirror pod of a static pod 'audit-web' on $node)."
    exit 1
}
source=$(jq -r '.metadata.annotations["kubernetes.io/config.source"] // ""' <<<"$json")
[ "$source" = "file" ] || { echo "Pod audit-web-$node was not created from a manifest file on the node (source '${source:-api}')."; exit 1; }
read -r phase image nodename < <(jq -r '[.status.phase, .spec.containers[0].image, .spec.nodeName] | join(" ")' <<<"$json")
[ "$nodename" = "$node" ] || { echo "Pod audit-web-$node runs on '$nodename', expected $node."; exit 1; }
[ "$image" = "nginx:1.27-alpine" ] || { echo "Static pod audit-web uses image '$image', expected nginx:1.27-alpine."; exit 1; }
[ "$phase" = "Running" ] || { echo "Static pod audit-web is $phase, expected Running."; exit 1; }
echo "Static pod audit-web runs on cluster2-controlplane."
