#!/usr/bin/env bash
# Q8: appVersion drives the image tag.
set -u
image=$(kubectl --context cluster1 get deployment -n inventory -l app.kubernetes.io/instance=inventory -o jsonpath='{.items[0].spec.template.spec.containers[0].image}' 2>/dev/null)
[ "$image" = "nginx:1.27-alpine" ] || { echo "The deployment of release 'inventory' runs '$image', expected 'nginx:1.27-alpine'."; exit 1; }
echo "Release 'inventory' runs nginx:1.27-alpine."
