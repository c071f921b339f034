#!/usr/bin/env bash
# Q9: deployment web serves with 1 ready replica, and the Secret web-db holds password=hunter2.
set -u
pw=$(kubectl --context cluster1 get secret web-db -n shopfront -o jsonpath='{.data.password}' 2>/dev/null | base64 -d)
[ "$pw" = "hunter2" ] || { echo "Secret shopfront/web-db does not hold password=hunter2."; exit 1; }
json=$(kubectl --context cluster1 get deployment web -n shopfront -o json 2>/dev/null) || { echo "No deployment 'web' in 'shopfront'."; exit 1; }
jq -e '.status.observedGeneration >= .metadata.generation and .status.updatedReplicas == 1 and .status.readyReplicas == 1' <<<"$json" >/dev/null || {
    echo "Deployment 'web' does not run 1 ready, up-to-date replica (nginx needs writable /var/cache/nginx and /var/run)."
    exit 1
}
page=$(timeout 20 kubectl --context cluster1 exec deploy/web -n shopfront -- timeout 8 wget -q -O - http://127.0.0.1 2>/dev/null)
case $page in
    *nginx*) echo "Deployment 'web' serves." ;;
    *) echo "Deployment 'web' does not serve HTTP on port 80."; exit 1 ;;
esac
