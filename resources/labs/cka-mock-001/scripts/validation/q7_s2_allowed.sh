#!/usr/bin/env bash
# Q7: ci/deployer may get, list, watch, create, update and patch deployments and get/list pods in ci.
set -u
ctx=cluster1 sa=system:serviceaccount:ci:deployer
for pair in get:deployments.apps list:deployments.apps watch:deployments.apps create:deployments.apps \
    update:deployments.apps patch:deployments.apps get:pods list:pods; do
    verb=${pair%%:*} res=${pair#*:}
    if ! kubectl --context "$ctx" auth can-i "$verb" "$res" -n ci --as "$sa" --quiet 2>/dev/null; then
        echo "ci/deployer cannot '$verb' $res in ci."
        exit 1
    fi
done
echo "ci/deployer has the permissions it needs in ci."
