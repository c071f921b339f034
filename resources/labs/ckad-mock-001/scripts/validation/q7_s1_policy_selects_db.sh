#!/usr/bin/env bash
# Q7: NetworkPolicy db-allow-api applies to the app=db pods and restricts ingress.
set -u
ns=saturn
got=$(kubectl get networkpolicy db-allow-api -n "$ns" -o jsonpath='{.spec.podSelector.matchLabels.app}|{.spec.policyTypes[*]}' 2>/dev/null) || {
    echo "No NetworkPolicy 'db-allow-api' in namespace '$ns'."
    exit 1
}
app=${got%%|*}
types=${got#*|}
[ "$app" = "db" ] || { echo "NetworkPolicy 'db-allow-api' selects app='${app}', expected app=db."; exit 1; }
case " $types " in
    *" Ingress "*) ;;
    *) echo "NetworkPolicy 'db-allow-api' has policyTypes '${types}', expected Ingress."; exit 1 ;;
esac
echo "NetworkPolicy 'db-allow-api' restricts ingress to the app=db pods."
