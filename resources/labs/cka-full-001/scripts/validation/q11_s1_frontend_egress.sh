#!/usr/bin/env bash
# Q11: NetworkPolicy frontend-egress: pods app=frontend may only send to app=api pods of net2 on TCP 8080, and DNS
# (UDP and TCP 53) to the kube-dns pods of kube-system; their ingress is not restricted by it.
set -u
json=$(kubectl --context cluster1 get networkpolicy frontend-egress -n net2 -o json 2>/dev/null) || { echo "No NetworkPolicy 'frontend-egress' in 'net2'."; exit 1; }
if ! jq -e '
  def sel_is($k; $v): ((.matchLabels // {}) == {($k): $v} and ((.matchExpressions // []) | length) == 0)
    or (((.matchLabels // {}) | length) == 0 and (.matchExpressions // []) == [{"key": $k, "operator": "In", "values": [$v]}]);
  def own_ns: .namespaceSelector == null or (.namespaceSelector | sel_is("kubernetes.io/metadata.name"; "net2"));
  def is_api: .ipBlock == null and own_ns and .podSelector != null and (.podSelector | sel_is("app"; "api"));
  def is_dns: .ipBlock == null and .namespaceSelector != null and (.namespaceSelector | sel_is("kubernetes.io/metadata.name"; "kube-system"))
    and .podSelector != null and (.podSelector | sel_is("k8s-app"; "kube-dns"));
  def api_port: ((.protocol // "TCP") == "TCP") and ((.port | tostring) == "8080") and .endPort == null;
  def dns_port: ((.port | tostring) == "53") and .endPort == null;
  (.spec.podSelector | sel_is("app"; "frontend"))
  and (.spec.policyTypes == ["Egress"])
  and ((.spec.egress // []) as $r
    | ($r | length) > 0
      and all($r[]; ((.to // []) | length) > 0 and ((.ports // []) | length) > 0
        and ((all(.to[]; is_api) and all(.ports[]; api_port)) or (all(.to[]; is_dns) and all(.ports[]; dns_port))))
      and any($r[]; all(.to[]; is_api))
      and any($r[]; all(.to[]; is_dns) and any(.ports[]; (.protocol // "TCP") == "UDP"))
      and any($r[]; all(.to[]; is_dns) and any(.ports[]; (.protocol // "TCP") == "TCP")))' <<<"$json" >/dev/null; then
    echo "'frontend-egress' must select app=frontend, be Egress-only, and allow only api:8080/TCP and kube-dns 53 UDP+TCP."
    exit 1
fi
echo "NetworkPolicy 'frontend-egress' is correct."
