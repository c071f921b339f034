#!/usr/bin/env bash
# Q15: NetworkPolicy netpol/backend-egress limits egress of app=backend to TCP 5432 on app=db and to DNS (port 53
# UDP and TCP) anywhere; ingress of backend is not restricted by it.
set -u
json=$(kubectl --context cluster1 -n netpol get networkpolicy backend-egress -o json 2>/dev/null) || { echo "No NetworkPolicy backend-egress in netpol."; exit 1; }
jq -e '.spec.podSelector.matchLabels == {app: "backend"} and .spec.policyTypes == ["Egress"]' <<<"$json" >/dev/null || { echo "backend-egress must select app=backend with policyTypes [Egress]."; exit 1; }
# Every rule either goes to app=db on TCP 5432 or is DNS; both kinds must exist.
jq -e 'def db: (.to | length) > 0 and all(.to[]; .podSelector.matchLabels == {app: "db"} and .namespaceSelector == null) and
              (.ports | length) > 0 and all(.ports[]; (.protocol // "TCP") == "TCP" and .port == 5432);
       def dns: (.ports | length) > 0 and all(.ports[]; .port == 53) and
              any(.ports[]; .protocol == "UDP") and any(.ports[]; (.protocol // "TCP") == "TCP");
       (.spec.egress | length) > 0 and all(.spec.egress[]; db or dns) and any(.spec.egress[]; db) and any(.spec.egress[]; dns)' <<<"$json" >/dev/null ||
    { echo "backend-egress must allow only TCP 5432 to app=db and DNS on port 53 (UDP and TCP)."; exit 1; }
echo "backend-egress is as asked."
