#!/usr/bin/env bash
# Q2: deployment web rolls with maxSurge 1 and maxUnavailable 0.
set -u
ns=phoenix
got=$(kubectl get deployment web -n "$ns" -o jsonpath='{.spec.strategy.type} {.spec.strategy.rollingUpdate.maxSurge} {.spec.strategy.rollingUpdate.maxUnavailable}' 2>/dev/null) || {
    echo "No deployment 'web' in namespace '$ns'."
    exit 1
}
read -r type surge unavailable <<<"$got"
if [ "$type" != "RollingUpdate" ] || [ "${surge:-}" != "1" ] || [ "${unavailable:-}" != "0" ]; then
    echo "Deployment 'web' uses strategy $type with maxSurge '${surge:-}' and maxUnavailable '${unavailable:-}', expected RollingUpdate with 1 and 0."
    exit 1
fi
echo "Deployment 'web' rolls with maxSurge 1 and maxUnavailable 0."
