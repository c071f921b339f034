#!/usr/bin/env bash
# Q8: /opt/join/join.sh on cluster1-controlplane holds the complete join command with that token.
set -u
json=$(kubectl --context cluster1 get secrets -n kube-system --field-selector type=bootstrap.kubernetes.io/token -o json 2>/dev/null)
tokens=$(jq -r '.items[] | select((.data.description // "" | @base64d) == "rejoin node02") | "\(.data["token-id"] | @base64d).\(.data["token-secret"] | @base64d)"' <<<"$json")
[ -n "$tokens" ] || { echo "No bootstrap token with the description 'rejoin node02' in cluster1."; exit 1; }
cmd=$(ssh cluster1-controlplane 'cat /opt/join/join.sh' 2>/dev/null) || { echo "No file /opt/join/join.sh on cluster1-controlplane."; exit 1; }
grep -qE 'kubeadm join [^ ]+:6443 ' <<<"$cmd" || { echo "/opt/join/join.sh does not hold a 'kubeadm join <endpoint>:6443' command."; exit 1; }
grep -qE -- '--discovery-token-ca-cert-hash[= ]sha256:[0-9a-f]{64}' <<<"$cmd" || { echo "/opt/join/join.sh lacks --discovery-token-ca-cert-hash."; exit 1; }
ok=
while read -r t; do
    # --token <t> or --token=<t>; a token is [a-z0-9]{6}.[a-z0-9]{16}, so it needs no escaping in the pattern.
    grep -qE -- "--token[= ]$t([[:space:]]|\$)" <<<"$cmd" && ok=1
done <<<"$tokens"
[ -n "$ok" ] || { echo "/opt/join/join.sh does not use the 'rejoin node02' token."; exit 1; }
echo "/opt/join/join.sh holds the join command."
