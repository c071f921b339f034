#!/usr/bin/env bash
# Q1: pod api carries the labels app=api and tier=backend.
set -u
ns=orion
labels=$(kubectl get pod api -n "$ns" -o jsonpath='{.metadata.labels.app} {.metadata.labels.tier}' 2>/dev/null) || {
    echo "No pod 'api' in namespace '$ns'."
    exit 1
}
[ "$labels" = "api backend" ] || { echo "Pod 'api' has app='${labels% *}' tier='${labels#* }', expected app=api tier=backend."; exit 1; }
echo "Pod 'api' has labels app=api and tier=backend."
