#!/usr/bin/env bash
# Q5: the canary deployment.
set -u
got=$(kubectl --context cluster1 get deployment shop-v2 -n canary -o jsonpath='{.spec.replicas} {.spec.template.metadata.labels.app} {.spec.template.metadata.labels.version} {.spec.template.spec.containers[0].image}' 2>/dev/null) || { echo "No deployment 'shop-v2' in namespace 'canary'."; exit 1; }
[ "$got" = "1 shop v2 nginx:1.27-alpine" ] || { echo "shop-v2 has replicas/app/version/image '$got', expected '1 shop v2 nginx:1.27-alpine'."; exit 1; }
echo "shop-v2 is the canary."
