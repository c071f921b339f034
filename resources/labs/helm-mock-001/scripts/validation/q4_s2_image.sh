#!/usr/bin/env bash
# Q4: the working image is back.
set -u
image=$(kubectl --context cluster1 get deployment -n pay -l app.kubernetes.io/instance=pay -o jsonpath='{.items[0].spec.template.spec.containers[0].image}' 2>/dev/null)
[ "$image" = "nginx:1.27-alpine" ] || { echo "The deployment of release 'pay' runs '$image', expected 'nginx:1.27-alpine'."; exit 1; }
echo "Release 'pay' runs nginx:1.27-alpine."
