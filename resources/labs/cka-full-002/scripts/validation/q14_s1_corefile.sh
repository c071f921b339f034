#!/usr/bin/env bash
# Q14: the Corefile of cluster1 maps registry.corp.internal to 10.96.200.10 with the hosts plugin and falls
# through to the other plugins, and still holds the kubernetes and forward plugins.
set -u
core=$(kubectl --context cluster1 -n kube-system get configmap coredns -o jsonpath='{.data.Corefile}' 2>/dev/null) || { echo "Cannot read the coredns ConfigMap."; exit 1; }
hosts=$(awk '/^[[:space:]]*hosts([[:space:]]|\{)/{f=1} f{print} f&&/\}/{exit}' <<<"$core")
grep -qE '^[[:space:]]*(hosts[^{]*\{)?[[:space:]]*10\.96\.200\.10[[:space:]]+([^[:space:]]+[[:space:]]+)*registry\.corp\.internal\.?([[:space:]]|$)' <<<"$hosts" ||
    { echo "The Corefile has no hosts entry 10.96.200.10 registry.corp.internal."; exit 1; }
grep -qE '^[[:space:]]*fallthrough' <<<"$hosts" || { echo "The hosts block does not fall through (other names would stop resolving)."; exit 1; }
if ! grep -qE '^[[:space:]]*kubernetes[[:space:]]+cluster\.local' <<<"$core" || ! grep -qE '^[[:space:]]*forward[[:space:]]' <<<"$core"; then
    echo "The Corefile lost its kubernetes or forward plugin."; exit 1
fi
echo "The Corefile maps registry.corp.internal."
