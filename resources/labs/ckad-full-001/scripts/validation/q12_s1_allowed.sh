#!/usr/bin/env bash
# Q12: what the ServiceAccount may do.
set -u
sa=system:serviceaccount:rbac:deployer
kubectl --context cluster1 get serviceaccount deployer -n rbac -o name >/dev/null 2>&1 || { echo "No ServiceAccount 'deployer' in namespace 'rbac'."; exit 1; }
for verb in get list create update; do
    [ "$(kubectl --context cluster1 auth can-i "$verb" deployments.apps -n rbac --as "$sa" 2>/dev/null)" = "yes" ] || { echo "deployer may not '$verb' deployments in rbac."; exit 1; }
done
echo "deployer may get, list, create and update deployments."
