#!/usr/bin/env bash
# Q9: db-ingress admits exactly: pods app=api of payments, and any pod of namespaces labelled team=monitoring,
# both only on TCP port 80. Rules may be written as one rule with two peers or as two rules.
set -u
ctx=cluster1 ns=payments
json=$(kubectl --context "$ctx" get networkpolicy db-ingress -n "$ns" -o json 2>/dev/null) || { echo "No NetworkPolicy 'db-ingress' in '$ns'."; exit 1; }
if ! jq -e '
  def sel_is($k; $v): ((.matchLabels // {}) == {($k): $v} and ((.matchExpressions // []) | length) == 0)
    or (((.matchLabels // {}) | length) == 0 and (.matchExpressions // []) == [{"key": $k, "operator": "In", "values": [$v]}]);
  def empty_sel: (. == null) or (((.matchLabels // {}) | length) == 0 and ((.matchExpressions // []) | length) == 0);
  def own_ns: .namespaceSelector == null or (.namespaceSelector | sel_is("kubernetes.io/metadata.name"; "payments"));
  def is_api: .ipBlock == null and own_ns and .podSelector != null and (.podSelector | sel_is("app"; "api"));
  def is_mon: .ipBlock == null and .namespaceSelector != null and (.namespaceSelector | sel_is("team"; "monitoring")) and (.podSelector | empty_sel);
  def port_ok: ((.protocol // "TCP") == "TCP") and ((.port | tostring) == "80") and .endPort == null;
  (.spec.ingress // []) as $r
  | ($r | length) > 0
    and all($r[]; ((.from // []) | length) > 0 and all(.from[]; is_api or is_mon)
                  and ((.ports // []) | length) > 0 and all(.ports[]; port_ok))
    and any($r[]; any(.from[]; is_api)) and any($r[]; any(.from[]; is_mon))' <<<"$json" >/dev/null; then
    echo "'db-ingress' must admit only app=api pods of payments and pods of team=monitoring namespaces, on TCP 80 only."
    exit 1
fi
echo "'db-ingress' admits app=api and the monitoring namespaces on TCP 80."
