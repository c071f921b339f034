#!/usr/bin/env bash
# Q5: from a pod of dns-debug/dnscheck, kubernetes.default.svc.cluster.local resolves to the kubernetes service IP.
set -u
ctx=cluster1
ip=$(kubectl --context "$ctx" get service kubernetes -n default -o jsonpath='{.spec.clusterIP}' 2>/dev/null)
out=$(timeout 25 kubectl --context "$ctx" exec deploy/dnscheck -n dns-debug -- timeout 10 nslookup kubernetes.default.svc.cluster.local 2>/dev/null)
if [ -z "$ip" ] || ! grep -qw -- "$ip" <<<"$(sed -n '/^Name:/,$p' <<<"$out")"; then
    echo "kubernetes.default.svc.cluster.local does not resolve to $ip inside cluster1."
    exit 1
fi
echo "Cluster names resolve again ($ip)."
