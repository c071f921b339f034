#!/usr/bin/env bash
# Q1: NetworkPolicy allow-dns in isolated lets every pod send DNS (UDP and TCP 53) and nothing else, and admits no ingress.
set -u
json=$(kubectl --context cluster1 get networkpolicy allow-dns -n isolated -o json 2>/dev/null) || { echo "No NetworkPolicy 'allow-dns' in 'isolated'."; exit 1; }
jq -e '((.spec.podSelector.matchLabels // {}) | length) == 0 and ((.spec.podSelector.matchExpressions // []) | length) == 0' <<<"$json" >/dev/null || {
    echo "'allow-dns' must apply to every pod (an empty podSelector)."
    exit 1
}
# Without policyTypes the API adds Ingress next to Egress; with no ingress rules that admits nothing either.
jq -e '((.spec.policyTypes // []) | index("Egress") != null) and ((.spec.ingress // []) | length) == 0' <<<"$json" >/dev/null || { echo "'allow-dns' must restrict egress and allow no ingress."; exit 1; }
if ! jq -e '(.spec.egress // []) as $r
    | ($r | length) > 0
      and all($r[]; ((.ports // []) | length) > 0 and all(.ports[]; (.port | tostring) == "53" and .endPort == null))
      and any($r[]; any(.ports[]; (.protocol // "TCP") == "UDP"))
      and any($r[]; any(.ports[]; (.protocol // "TCP") == "TCP"))' <<<"$json" >/dev/null; then
    echo "'allow-dns' must allow egress on UDP 53 and TCP 53 only."
    exit 1
fi
echo "NetworkPolicy 'allow-dns' allows DNS only."
