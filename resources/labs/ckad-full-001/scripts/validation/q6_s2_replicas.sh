#!/usr/bin/env bash
# Q6: replicaCount=2 reached the deployment.
set -u
got=$(kubectl --context cluster1 get deployment -n monitoring -l app.kubernetes.io/instance=metrics -o jsonpath='{.items[0].spec.replicas}' 2>/dev/null)
[ "$got" = "2" ] || { echo "The deployment of release 'metrics' has replicas='$got', expected 2."; exit 1; }
echo "Release 'metrics' runs 2 replicas."
