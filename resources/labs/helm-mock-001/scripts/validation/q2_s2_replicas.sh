#!/usr/bin/env bash
# Q2: the deployment asks for 3 replicas.
set -u
replicas=$(kubectl --context cluster1 get deployment -n blog -l app.kubernetes.io/instance=blog -o jsonpath='{.items[0].spec.replicas}' 2>/dev/null)
[ "$replicas" = "3" ] || { echo "The deployment of release 'blog' has replicas='$replicas', expected 3."; exit 1; }
echo "The deployment of release 'blog' has 3 replicas."
