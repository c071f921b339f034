#!/usr/bin/env bash
# Q5: the static pod audit-web has the label app=audit-web and declares container port 80.
set -u
node=$(ssh cluster2-controlplane hostname 2>/dev/null) || { echo "cluster2-controlplane is unreachable over SSH."; exit 1; }
json=$(kubectl --context cluster2 get pod "audit-web-$node" -n default -o json 2>/dev/null) || {
    echo "No static pod audit-web on cluster2-controlplane."
    exit 1
}
jq -e '.metadata.labels.app == "audit-web"' <<<"$json" >/dev/null || { echo "Static pod audit-web lacks the label app=audit-web."; exit 1; }
jq -e '[.spec.containers[].ports[]?.containerPort] | index(80) != null' <<<"$json" >/dev/null || {
    echo "Static pod audit-web does not declare container port 80."
    exit 1
}
echo "Static pod audit-web has app=audit-web and port 80."
