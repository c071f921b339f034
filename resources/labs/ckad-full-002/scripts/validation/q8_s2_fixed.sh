#!/usr/bin/env bash
# Q8: debug/ledger has 1 available replica, keeps its command, and still takes its file from ledger-config
# (whose data is unchanged).
set -u
json=$(kubectl --context cluster1 -n debug get deployment ledger -o json 2>/dev/null) || { echo "No deployment ledger in namespace debug."; exit 1; }
jq -e '(.status.availableReplicas // 0) >= 1 and (.spec.template.spec.containers[0].command | join(" ") | contains("/etc/ledger/app.properties"))' <<<"$json" >/dev/null ||
    { echo "debug/ledger has no available replica (or its command was changed)."; exit 1; }
jq -e 'any(.spec.template.spec.volumes[]?; .configMap.name == "ledger-config")' <<<"$json" >/dev/null || { echo "ledger no longer mounts ledger-config."; exit 1; }
keys=$(kubectl --context cluster1 -n debug get configmap ledger-config -o json 2>/dev/null | jq -r '.data | keys | join(",")')
[ "$keys" = app.conf ] || { echo "The ConfigMap ledger-config was changed (keys: $keys)."; exit 1; }
echo "debug/ledger runs."
