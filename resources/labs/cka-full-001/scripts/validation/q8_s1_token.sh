#!/usr/bin/env bash
# Q8: cluster1 has a bootstrap token with the description "rejoin node02" that expires in 1 to 2 hours from now
# and can be used for joining (usage authentication and signing).
set -u
now=$(date -u +%s)
json=$(kubectl --context cluster1 get secrets -n kube-system --field-selector type=bootstrap.kubernetes.io/token -o json 2>/dev/null) || { echo "Cannot list the bootstrap tokens of cluster1."; exit 1; }
found=$(jq -r '.items[] | select((.data.description // "" | @base64d) == "rejoin node02")
    | [(.data["token-id"] | @base64d), (.data.expiration // "" | @base64d), (.data["usage-bootstrap-authentication"] // "" | @base64d), (.data["usage-bootstrap-signing"] // "" | @base64d)] | join(" ")' <<<"$json" | head -n 1)
[ -n "$found" ] || { echo "No bootstrap token with the description 'rejoin node02' in cluster1."; exit 1; }
read -r id exp auth sign <<<"$found"
[ -n "$exp" ] || { echo "Token $id never expires; it must expire in 2 hours."; exit 1; }
left=$(( $(date -u -d "$exp" +%s) - now ))
if [ "$left" -lt 0 ] || [ "$left" -gt 7500 ]; then
    echo "Token $id expires in $left s, expected at most 2 hours."
    exit 1
fi
if [ "$auth" != "true" ] || [ "$sign" != "true" ]; then
    echo "Token $id cannot be used to join (usages authentication and signing)."
    exit 1
fi
echo "Bootstrap token $id expires in $((left / 60)) minutes."
