#!/usr/bin/env bash
# Q12: nothing more (checked only once the grant exists, so it fails on a fresh cluster).
set -u
sa=system:serviceaccount:rbac:deployer
[ "$(kubectl --context cluster1 auth can-i create deployments.apps -n rbac --as "$sa" 2>/dev/null)" = "yes" ] || { echo "deployer has not been granted deployments in rbac yet."; exit 1; }
for args in "delete deployments.apps -n rbac" "get secrets -n rbac" "create deployments.apps -n default"; do
    # shellcheck disable=SC2086  # $args is a list of words on purpose
    [ "$(kubectl --context cluster1 auth can-i $args --as "$sa" 2>/dev/null)" = "no" ] || { echo "deployer may '$args'; expected only get/list/create/update deployments in rbac."; exit 1; }
done
echo "deployer has nothing more."
