#!/usr/bin/env bash
# Q7: ClusterRole dev-edit bound by RoleBindings dev-edit in dev1 and dev2 to the group dev-team, and ClusterRole
# ns-reader bound by ClusterRoleBinding dev-team-ns-reader to the group.
set -u
ctx=cluster1
kubectl --context "$ctx" get clusterrole dev-edit -o name >/dev/null 2>&1 || { echo "No ClusterRole 'dev-edit'."; exit 1; }
for ns in dev1 dev2; do
    json=$(kubectl --context "$ctx" get rolebinding dev-edit -n "$ns" -o json 2>/dev/null) || { echo "No RoleBinding 'dev-edit' in '$ns'."; exit 1; }
    jq -e '.roleRef.kind == "ClusterRole" and .roleRef.name == "dev-edit" and any(.subjects[]?; .kind == "Group" and .name == "dev-team")' <<<"$json" >/dev/null || {
        echo "RoleBinding '$ns/dev-edit' must bind the ClusterRole dev-edit to the group dev-team."
        exit 1
    }
done
json=$(kubectl --context "$ctx" get clusterrolebinding dev-team-ns-reader -o json 2>/dev/null) || { echo "No ClusterRoleBinding 'dev-team-ns-reader'."; exit 1; }
jq -e '.roleRef.name == "ns-reader" and any(.subjects[]?; .kind == "Group" and .name == "dev-team")' <<<"$json" >/dev/null || {
    echo "ClusterRoleBinding 'dev-team-ns-reader' must bind ns-reader to the group dev-team."
    exit 1
}
echo "The roles and bindings are wired."
