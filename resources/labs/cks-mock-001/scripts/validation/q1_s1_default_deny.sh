#!/usr/bin/env bash
# Q1: NetworkPolicy default-deny in isolated selects every pod and denies all ingress and all egress.
set -u
json=$(kubectl --context cluster1 get networkpolicy default-deny -n isolated -o json 2>/dev/null) || { echo "No NetworkPolicy 'default-deny' in 'isolated'."; exit 1; }
jq -e '((.spec.podSelector.matchLabels // {}) | length) == 0 and ((.spec.podSelector.matchExpressions // []) | length) == 0' <<<"$json" >/dev/null || {
    echo "'default-deny' must select every pod (an empty podSelector)."
    exit 1
}
jq -e '((.spec.policyTypes // []) | sort) == ["Egress", "Ingress"]' <<<"$json" >/dev/null || { echo "'default-deny' must have policyTypes Ingress and Egress."; exit 1; }
jq -e '((.spec.ingress // []) | length) == 0 and ((.spec.egress // []) | length) == 0' <<<"$json" >/dev/null || { echo "'default-deny' must not allow any traffic (no ingress or egress rules)."; exit 1; }
echo "NetworkPolicy 'default-deny' denies all traffic in 'isolated'."
