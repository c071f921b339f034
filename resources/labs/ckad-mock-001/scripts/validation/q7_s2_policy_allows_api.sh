#!/usr/bin/env bash
# Q7: db-allow-api lets in only pods labelled app=api, only on TCP 5432.
set -u
ns=saturn
rules=$(kubectl get networkpolicy db-allow-api -n "$ns" -o jsonpath='{range .spec.ingress[*]}rule{"\n"}{end}' 2>/dev/null) || {
    echo "No NetworkPolicy 'db-allow-api' in namespace '$ns'."
    exit 1
}
[ "$(grep -c rule <<<"$rules")" = "1" ] || { echo "NetworkPolicy 'db-allow-api' needs exactly one ingress rule."; exit 1; }
peers=$(kubectl get networkpolicy db-allow-api -n "$ns" -o jsonpath='{range .spec.ingress[0].from[*]}{.podSelector.matchLabels.app}|{.namespaceSelector}|{.ipBlock.cidr}{"\n"}{end}')
[ "$peers" = "api||" ] || { echo "The ingress rule of 'db-allow-api' must allow exactly the pods with app=api in this namespace (found: ${peers//$'\n'/; })."; exit 1; }
ports=$(kubectl get networkpolicy db-allow-api -n "$ns" -o jsonpath='{range .spec.ingress[0].ports[*]}{.protocol}/{.port}{"\n"}{end}')
[ "$ports" = "TCP/5432" ] || { echo "The ingress rule of 'db-allow-api' must allow only TCP port 5432 (found: ${ports:-all ports})."; exit 1; }
echo "NetworkPolicy 'db-allow-api' lets in only app=api on TCP 5432."
