#!/usr/bin/env bash
# Q7: ServiceAccount deployer, Role deployer-role and RoleBinding deployer-binding (Role -> the SA) exist in ci.
set -u
ctx=cluster1 ns=ci
kubectl --context "$ctx" get serviceaccount deployer -n "$ns" -o name >/dev/null 2>&1 || { echo "No ServiceAccount 'deployer' in '$ns'."; exit 1; }
kubectl --context "$ctx" get role deployer-role -n "$ns" -o name >/dev/null 2>&1 || { echo "No Role 'deployer-role' in '$ns'."; exit 1; }
json=$(kubectl --context "$ctx" get rolebinding deployer-binding -n "$ns" -o json 2>/dev/null) || { echo "No RoleBinding 'deployer-binding' in '$ns'."; exit 1; }
jq -e '.roleRef.kind == "Role" and .roleRef.name == "deployer-role"' <<<"$json" >/dev/null || { echo "RoleBinding 'deployer-binding' does not refer to the Role 'deployer-role'."; exit 1; }
jq -e 'any(.subjects[]?; .kind == "ServiceAccount" and .name == "deployer" and (.namespace // "ci") == "ci")' <<<"$json" >/dev/null || {
    echo "RoleBinding 'deployer-binding' does not bind the ServiceAccount ci/deployer."
    exit 1
}
echo "ServiceAccount, Role and RoleBinding are in place."
