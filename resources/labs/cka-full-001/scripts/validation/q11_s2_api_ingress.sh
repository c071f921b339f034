#!/usr/bin/env bash
# Q11: NetworkPolicy api-ingress: pods app=api accept only app=frontend pods of net2 on TCP 8080; egress untouched.
set -u
json=$(kubectl --context cluster1 get networkpolicy api-ingress -n net2 -o json 2>/dev/null) || { echo "No NetworkPolicy 'api-ingress' in 'net2'."; exit 1; }
if ! jq -e '
  def sel_is($k; $v): ((.matchLabels // {}) == {($k): $v} and ((.matchExpressions // []) | length) == 0)
    or (((.matchLabels // {}) | length) == 0 and (.matchExpressions // []) == [{"key": $k, "operator": "In", "values": [$v]}]);
  (.spec.podSelector | sel_is("app"; "api"))
  and ((.spec.policyTypes // ["Ingress"]) == ["Ingress"])
  and ((.spec.ingress // []) as $r | ($r | length) > 0
    and all($r[]; ((.from // []) | length) > 0
      and all(.from[]; .ipBlock == null and .podSelector != null and (.podSelector | sel_is("app"; "frontend"))
        and (.namespaceSelector == null or (.namespaceSelector | sel_is("kubernetes.io/metadata.name"; "net2"))))
      and ((.ports // []) | length) > 0
      and all(.ports[]; ((.protocol // "TCP") == "TCP") and ((.port | tostring) == "8080") and .endPort == null)))' <<<"$json" >/dev/null; then
    echo "'api-ingress' must select app=api and admit only app=frontend pods of net2 on TCP 8080."
    exit 1
fi
echo "NetworkPolicy 'api-ingress' is correct."
