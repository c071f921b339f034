#!/usr/bin/env bash
# Q1: pod api in orion runs nginx:1.25-alpine.
set -u
ns=orion
image=$(kubectl get pod api -n "$ns" -o jsonpath='{.spec.containers[0].image}' 2>/dev/null) || {
    echo "No pod 'api' in namespace '$ns'."
    exit 1
}
[ "$image" = "nginx:1.25-alpine" ] || { echo "Pod 'api' uses image '$image', expected 'nginx:1.25-alpine'."; exit 1; }
phase=$(kubectl get pod api -n "$ns" -o jsonpath='{.status.phase}')
[ "$phase" = "Running" ] || { echo "Pod 'api' is '$phase', expected 'Running'."; exit 1; }
echo "Pod 'api' is running nginx:1.25-alpine."
