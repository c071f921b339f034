#!/usr/bin/env bash
# Q1: NetworkPolicy deny-metadata in apps: every pod may send anywhere (any port) except 169.254.169.254/32;
# Egress only.
set -u
json=$(kubectl --context cluster1 get networkpolicy deny-metadata -n apps -o json 2>/dev/null) || { echo "No NetworkPolicy 'deny-metadata' in 'apps'."; exit 1; }
if ! jq -e '
  ((.spec.podSelector.matchLabels // {}) | length) == 0 and ((.spec.podSelector.matchExpressions // []) | length) == 0
  and .spec.policyTypes == ["Egress"]
  and ((.spec.egress // []) as $r | ($r | length) > 0
    and all($r[]; ((.ports // []) | length) == 0 and ((.to // []) | length) > 0
      and all(.to[]; .ipBlock != null and .ipBlock.cidr == "0.0.0.0/0" and ((.ipBlock.except // []) | index("169.254.169.254/32") != null))))' <<<"$json" >/dev/null; then
    echo "'deny-metadata' must select every pod, be Egress-only and allow 0.0.0.0/0 except 169.254.169.254/32 on all ports."
    exit 1
fi
echo "NetworkPolicy 'deny-metadata' blocks only the metadata address."
