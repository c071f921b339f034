#!/usr/bin/env bash
# Q12: allow-monitoring restricts ingress only (no Egress policy type), the default deny still exists, and the
# namespace monitoring carries team=monitoring.
set -u
types=$(kubectl --context cluster1 -n payments get networkpolicy allow-monitoring -o jsonpath='{.spec.policyTypes}' 2>/dev/null) || { echo "No NetworkPolicy allow-monitoring in payments."; exit 1; }
jq -e '. == ["Ingress"]' <<<"${types:-null}" >/dev/null || { echo "allow-monitoring has policyTypes ${types}, expected [\"Ingress\"]."; exit 1; }
kubectl --context cluster1 -n payments get networkpolicy default-deny-ingress -o name >/dev/null 2>&1 || { echo "The default deny in payments was removed."; exit 1; }
team=$(kubectl --context cluster1 get namespace monitoring -o jsonpath='{.metadata.labels.team}' 2>/dev/null)
[ "$team" = monitoring ] || { echo "Namespace monitoring does not carry team=monitoring."; exit 1; }
echo "allow-monitoring is ingress-only and the namespace is labelled."
