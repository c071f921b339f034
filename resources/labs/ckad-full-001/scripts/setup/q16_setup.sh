#!/usr/bin/env bash
# Namespace secure-net for this task.
set -eu
kubectl --context cluster1 create namespace secure-net --dry-run=client -o yaml | kubectl --context cluster1 apply -f -
for app in frontend backend db; do
    kubectl --context cluster1 run "$app" -n secure-net --image=busybox:1.36 --labels="app=$app" --dry-run=client -o yaml -- sleep 86400 |
        kubectl --context cluster1 apply -f -
done
