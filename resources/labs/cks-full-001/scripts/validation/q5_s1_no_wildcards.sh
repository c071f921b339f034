#!/usr/bin/env bash
# Q5: Role ops/ops-role has no wildcard any more and is still bound to ops-bot.
set -u
json=$(kubectl --context cluster1 get role ops-role -n ops -o json 2>/dev/null) || { echo "No Role 'ops-role' in 'ops'; keep its name."; exit 1; }
jq -e '(.rules | length) > 0 and all(.rules[]; ((.apiGroups // []) + (.resources // []) + (.verbs // []) | index("*")) == null)' <<<"$json" >/dev/null || {
    echo "Role 'ops-role' still grants a wildcard."
    exit 1
}
b=$(kubectl --context cluster1 get rolebinding ops-role -n ops -o json 2>/dev/null) || { echo "RoleBinding ops/ops-role was deleted; keep it."; exit 1; }
jq -e '.roleRef.name == "ops-role" and any(.subjects[]?; .kind == "ServiceAccount" and .name == "ops-bot")' <<<"$b" >/dev/null || {
    echo "RoleBinding ops/ops-role no longer binds ops-role to ops-bot."
    exit 1
}
echo "Role 'ops-role' has no wildcards."
