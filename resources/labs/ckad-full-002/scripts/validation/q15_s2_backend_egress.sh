#!/usr/bin/env bash
# Q15: NetworkPolicy netpol/backend-egress limits egress of app=backend to TCP 5432 on app=db and to DNS (port 53
# UDP and TCP) anywhere; ingress of backend is not restricted by it.
set -u
json=$(kubectl --context cluster1 -n netpol get networkpolicy backend-egress -o json 2>/dev/null) || { echo "No NetworkPolicy backend-egress in netpol."; exit 1; }
jq -e '.spec.podSelector.matchLabels == {app: "backend"} and .spec.policyTypes == ["Egress"]' <<<"$json" >/dev/null || { echo "backend-egress must select app=backend with policyTypes [Egress]."; exit 1; }
# Every rule either goes to app=db on TCP 5432 or opens only port 53 (DNS, to anywhere or to kube-system); there
# is a db rule, and UDP 53 and TCP 53 are both open (in one rule or two).
jq -e 'def db: (.to | length) > 0 and all(.to[]; .podSelector.matchLabels == {app: "db"} and (.namespaceSelector == null or .namespaceSelector.matchLabels == {"kubernetes.io/metadata.name": "netpol"})) and
              (.ports | length) > 0 and all(.ports[]; (.protocol // "TCP") == "TCP" and .port == 5432);
       def dns: (.ports | length) > 0 and all(.ports[]; .port == 53);
       [.spec.egress[]? | select(dns) | .ports[] | (.protocol // "TCP")] as $p |
       (.spec.egress | length) > 0 and all(.spec.egress[]; db or dns) and any(.spec.egress[]; db) and ($p | index("UDP")) != null and ($p | index("TCP")) != null' <<<"$json" >/dev/null ||
    { echo "backend-egress must allow only TCP 5432 to app=db and DNS on port 53 (UDP and TCP)."; exit 1; }
echo "backend-egress is as asked."
