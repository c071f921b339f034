#!/usr/bin/env bash
# Q15: NetworkPolicy netpol/db-access selects app=db and admits only TCP 5432 from pods app=backend of netpol.
set -u
json=$(kubectl --context cluster1 -n netpol get networkpolicy db-access -o json 2>/dev/null) || { echo "No NetworkPolicy db-access in netpol."; exit 1; }
jq -e '.spec.podSelector.matchLabels == {app: "db"} and (.spec.policyTypes | index("Ingress")) != null and (.spec.ingress | length) > 0 and
  all(.spec.ingress[]; (.from | length) > 0 and all(.from[]; .podSelector.matchLabels == {app: "backend"} and (.namespaceSelector == null or .namespaceSelector.matchLabels == {"kubernetes.io/metadata.name": "netpol"}) and .ipBlock == null) and
      (.ports | length) > 0 and all(.ports[]; (.protocol // "TCP") == "TCP" and .port == 5432))' <<<"$json" >/dev/null ||
    { echo "db-access must admit only TCP 5432 from app=backend pods to app=db."; exit 1; }
echo "db-access is as asked."
