#!/usr/bin/env bash
# Q3: the container image is nginx:1.27-alpine.
set -u
image=$(kubectl --context cluster1 get deployment -n api -l app.kubernetes.io/instance=api -o jsonpath='{.items[0].spec.template.spec.containers[0].image}' 2>/dev/null)
[ "$image" = "nginx:1.27-alpine" ] || { echo "The deployment of release 'api' runs '$image', expected 'nginx:1.27-alpine'."; exit 1; }
echo "Release 'api' runs nginx:1.27-alpine."
