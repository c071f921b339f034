#!/usr/bin/env bash
# Q9: NetworkPolicy db-ingress in payments selects the app=db pods and restricts their ingress (not their egress).
set -u
ctx=cluster1 ns=payments
json=$(kubectl --context "$ctx" get networkpolicy db-ingress -n "$ns" -o json 2>/dev/null) || { echo "No NetworkPolicy 'db-ingress' in '$ns'."; exit 1; }
jq -e '
  def sel_is($k; $v): ((.matchLabels // {}) == {($k): $v} and ((.matchExpressions // []) | length) == 0)
    or (((.matchLabels // {}) | length) == 0 and (.matchExpressions // []) == [{"key": $k, "operator": "In", "values": [$v]}]);
  (.spec.podSelector | sel_is("app"; "db"))' <<<"$json" >/dev/null || { echo "'db-ingress' must select exactly the pods labelled app=db."; exit 1; }
jq -e '(.spec.policyTypes // ["Ingress"]) | index("Ingress") != null' <<<"$json" >/dev/null || { echo "'db-ingress' does not restrict ingress."; exit 1; }
jq -e '((.spec.policyTypes // []) | index("Egress") == null) or any(.spec.egress[]?; ((.to // []) | length) == 0 and ((.ports // []) | length) == 0)' <<<"$json" >/dev/null || {
    echo "'db-ingress' restricts the egress of the db pods; their egress must stay unrestricted."
    exit 1
}
echo "NetworkPolicy 'db-ingress' restricts ingress to the app=db pods."
