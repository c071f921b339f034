#!/usr/bin/env bash
# Q6: namespace team-a enforces the restricted Pod Security Standard (and warns on it).
set -u
json=$(kubectl --context cluster1 get namespace team-a -o json 2>/dev/null) || { echo "No namespace 'team-a'."; exit 1; }
jq -e '.metadata.labels["pod-security.kubernetes.io/enforce"] == "restricted"' <<<"$json" >/dev/null || { echo "Namespace 'team-a' does not enforce the restricted profile."; exit 1; }
jq -e '.metadata.labels["pod-security.kubernetes.io/warn"] == "restricted"' <<<"$json" >/dev/null || { echo "Namespace 'team-a' does not warn on the restricted profile."; exit 1; }
v=$(jq -r '.metadata.labels["pod-security.kubernetes.io/enforce-version"] // "latest"' <<<"$json")
[ "$v" = "latest" ] || [[ $v == v1.3[1-9] ]] || { echo "Namespace 'team-a' enforces version '$v', expected latest."; exit 1; }
echo "Namespace 'team-a' enforces and warns on restricted."
