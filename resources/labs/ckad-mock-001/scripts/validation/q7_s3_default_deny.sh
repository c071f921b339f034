#!/usr/bin/env bash
# Q7: NetworkPolicy default-deny-ingress blocks all ingress to every pod of saturn.
set -u
ns=saturn
got=$(kubectl get networkpolicy default-deny-ingress -n "$ns" -o jsonpath='{.spec.podSelector}|{.spec.policyTypes[*]}|{.spec.ingress}' 2>/dev/null) || {
    echo "No NetworkPolicy 'default-deny-ingress' in namespace '$ns'."
    exit 1
}
IFS='|' read -r selector types ingress <<<"$got"
[ "$selector" = "{}" ] || [ "$selector" = "map[]" ] || [ -z "$selector" ] || { echo "'default-deny-ingress' selects '$selector', expected every pod (an empty podSelector)."; exit 1; }
[ "$types" = "Ingress" ] || { echo "'default-deny-ingress' has policyTypes '$types', expected only Ingress."; exit 1; }
[ -z "$ingress" ] || { echo "'default-deny-ingress' allows some ingress ($ingress), expected none."; exit 1; }
echo "NetworkPolicy 'default-deny-ingress' denies all ingress in '$ns'."
