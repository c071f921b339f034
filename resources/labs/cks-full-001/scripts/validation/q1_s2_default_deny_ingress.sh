#!/usr/bin/env bash
# Q1: NetworkPolicy default-deny-ingress in apps denies all ingress to every pod (and does not touch egress).
set -u
json=$(kubectl --context cluster1 get networkpolicy default-deny-ingress -n apps -o json 2>/dev/null) || { echo "No NetworkPolicy 'default-deny-ingress' in 'apps'."; exit 1; }
jq -e '((.spec.podSelector.matchLabels // {}) | length) == 0 and ((.spec.podSelector.matchExpressions // []) | length) == 0
    and .spec.policyTypes == ["Ingress"] and ((.spec.ingress // []) | length) == 0' <<<"$json" >/dev/null || {
    echo "'default-deny-ingress' must select every pod, list only Ingress and allow nothing."
    exit 1
}
echo "NetworkPolicy 'default-deny-ingress' denies all ingress in 'apps'."
