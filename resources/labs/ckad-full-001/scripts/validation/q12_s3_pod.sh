#!/usr/bin/env bash
# Q12: the named objects.
set -u
sa=$(kubectl --context cluster1 get pod deploy-bot -n rbac -o jsonpath='{.spec.serviceAccountName}' 2>/dev/null) || { echo "No pod 'deploy-bot' in namespace 'rbac'."; exit 1; }
[ "$sa" = "deployer" ] || { echo "deploy-bot runs as '$sa', expected 'deployer'."; exit 1; }
got=$(kubectl --context cluster1 get rolebinding deployer-binding -n rbac -o jsonpath='{.roleRef.kind}/{.roleRef.name} {.subjects[?(@.kind=="ServiceAccount")].name}' 2>/dev/null)
[ "$got" = "Role/deployer-role deployer" ] || { echo "RoleBinding deployer-binding has '$got', expected 'Role/deployer-role deployer'."; exit 1; }
echo "deploy-bot runs as deployer, bound to deployer-role."
