#!/usr/bin/env bash
# Q3: replicaCount=2 survived the upgrade (and the image is the new one, so this never holds before the upgrade).
set -u
got=$(kubectl --context cluster1 get deployment -n api -l app.kubernetes.io/instance=api -o jsonpath='{.items[0].spec.replicas} {.items[0].spec.template.spec.containers[0].image}' 2>/dev/null)
[ "$got" = "2 nginx:1.27-alpine" ] || { echo "Deployment of release 'api' has replicas and image '$got', expected '2 nginx:1.27-alpine'."; exit 1; }
echo "Release 'api' kept its 2 replicas."
