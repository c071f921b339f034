#!/usr/bin/env bash
# Q16: one ingress rule: from app=frontend pods (no namespaceSelector), TCP 8080.
set -u
n=$(kubectl --context cluster1 get networkpolicy backend-policy -n secure-net -o jsonpath='{.spec.ingress[*].from[*].podSelector.matchLabels.app}|{.spec.ingress[*].from[*].namespaceSelector}|{.spec.ingress[*].from[*].ipBlock}|{.spec.ingress[*].ports[*].protocol}/{.spec.ingress[*].ports[*].port}' 2>/dev/null) || { echo "No NetworkPolicy 'backend-policy' in namespace 'secure-net'."; exit 1; }
case "$n" in
    "frontend|||TCP/8080" | "frontend|||/8080") echo "Ingress comes only from app=frontend on TCP 8080." ;;
    *) echo "backend-policy ingress is '$n', expected only app=frontend pods of this namespace on TCP 8080."; exit 1 ;;
esac
