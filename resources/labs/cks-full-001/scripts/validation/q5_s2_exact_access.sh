#!/usr/bin/env bash
# Q5: ops-bot may get/list/watch pods and get pods/log in ops, and nothing else there.
set -u
ctx=cluster1 sa=system:serviceaccount:ops:ops-bot
for probe in "get pods" "list pods" "watch pods" "get pods/log"; do
    # shellcheck disable=SC2086 # the probe is split into words on purpose
    kubectl --context "$ctx" auth can-i $probe -n ops --as "$sa" --quiet 2>/dev/null || { echo "ops-bot cannot '$probe' in ops."; exit 1; }
done
for probe in "delete pods" "create pods" "create pods/exec" "get secrets" "list deployments.apps" "patch pods" "get configmaps" "create roles.rbac.authorization.k8s.io"; do
    # shellcheck disable=SC2086 # the probe is split into words on purpose
    if kubectl --context "$ctx" auth can-i $probe -n ops --as "$sa" --quiet 2>/dev/null; then
        echo "ops-bot may still '$probe' in ops."
        exit 1
    fi
done
echo "ops-bot reads pods and their logs only."
