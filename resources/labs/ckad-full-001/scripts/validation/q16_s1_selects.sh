#!/usr/bin/env bash
# Q16: the policy applies to the backend pods in both directions.
set -u
got=$(kubectl --context cluster1 get networkpolicy backend-policy -n secure-net -o jsonpath='{.spec.podSelector.matchLabels.app} {.spec.policyTypes[*]}' 2>/dev/null) || { echo "No NetworkPolicy 'backend-policy' in namespace 'secure-net'."; exit 1; }
case "$got" in
    "backend Ingress Egress" | "backend Egress Ingress") echo "backend-policy covers ingress and egress of app=backend." ;;
    *) echo "backend-policy has selector/policyTypes '$got', expected app=backend with Ingress and Egress."; exit 1 ;;
esac
