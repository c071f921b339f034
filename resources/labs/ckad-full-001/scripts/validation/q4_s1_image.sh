#!/usr/bin/env bash
# Q4: the rollback reached the working image.
set -u
got=$(kubectl --context cluster1 get deployment frontend -n orbit -o jsonpath='{.spec.template.spec.containers[0].image} {.status.updatedReplicas} {.status.availableReplicas}' 2>/dev/null) || { echo "No deployment 'frontend' in namespace 'orbit'."; exit 1; }
[ "$got" = "nginx:1.25-alpine 2 2" ] || { echo "frontend has image/updated/available '$got', expected 'nginx:1.25-alpine 2 2'."; exit 1; }
echo "frontend runs nginx:1.25-alpine on 2 available replicas."
