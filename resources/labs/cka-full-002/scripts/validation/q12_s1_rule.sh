#!/usr/bin/env bash
# Q12: NetworkPolicy payments/allow-monitoring selects app=payments and admits TCP 9090 only from pods
# app=prometheus that are in namespaces team=monitoring (both selectors in one peer), nothing else.
set -u
json=$(kubectl --context cluster1 -n payments get networkpolicy allow-monitoring -o json 2>/dev/null) || { echo "No NetworkPolicy allow-monitoring in payments."; exit 1; }
# A selector for exactly one label, written with matchLabels or as a one-value In expression.
# shellcheck disable=SC2016 # a jq program, not shell
sel='def sel($k; $v): (.matchLabels // {}) as $m | (.matchExpressions // []) as $e |
     ($m == {($k): $v} and $e == []) or ($m == {} and $e == [{key: $k, operator: "In", values: [$v]}]);'
jq -e "$sel"' .spec.podSelector | sel("app"; "payments")' <<<"$json" >/dev/null || { echo "allow-monitoring must select exactly the pods app=payments."; exit 1; }
jq -e "$sel"' (.spec.ingress | length) > 0 and all(.spec.ingress[];
        (.from | length) > 0 and all(.from[]; (.namespaceSelector // {a: 1} | sel("team"; "monitoring")) and (.podSelector // {a: 1} | sel("app"; "prometheus")) and (.ipBlock == null)) and
        (.ports | length) > 0 and all(.ports[]; (.protocol // "TCP") == "TCP" and .port == 9090 and .endPort == null))' <<<"$json" >/dev/null ||
    { echo "allow-monitoring must admit only TCP 9090 from pods app=prometheus in namespaces team=monitoring (one peer with both selectors)."; exit 1; }
echo "allow-monitoring admits exactly what was asked."
