#!/usr/bin/env bash
# Q7: ci/deployer has no more than it needs: it can list pods in ci (so the grant exists) but cannot delete
# deployments or pods, read secrets, or touch deployments outside ci.
set -u
ctx=cluster1 sa=system:serviceaccount:ci:deployer
kubectl --context "$ctx" auth can-i list pods -n ci --as "$sa" --quiet 2>/dev/null || { echo "ci/deployer has not been granted anything yet."; exit 1; }
for probe in "delete deployments.apps -n ci" "delete pods -n ci" "get secrets -n ci" "create pods -n ci" \
    "create deployments.apps -n default" "list deployments.apps -n kube-system"; do
    # shellcheck disable=SC2086 # the probe is split into words on purpose
    if kubectl --context "$ctx" auth can-i $probe --as "$sa" --quiet 2>/dev/null; then
        echo "ci/deployer may '$probe': more than it needs."
        exit 1
    fi
done
echo "ci/deployer holds only what it needs."
