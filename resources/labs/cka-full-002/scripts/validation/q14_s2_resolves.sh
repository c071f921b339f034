#!/usr/bin/env bash
# Q14: from dns-hosts/resolver, registry.corp.internal resolves to 10.96.200.10 and kubernetes.default still
# resolves (needs a working CoreDNS: question 3).
set -u
out=$(kubectl --context cluster1 -n dns-hosts exec resolver -- nslookup -timeout=3 registry.corp.internal 2>/dev/null)
# nslookup prints the server first, then the answer: the address must be in the answer part.
sed -n '/^Name:/,$p' <<<"$out" | grep -qE 'Address:?[[:space:]]+10\.96\.200\.10$' || { echo "registry.corp.internal does not resolve to 10.96.200.10."; exit 1; }
out=$(kubectl --context cluster1 -n dns-hosts exec resolver -- nslookup -timeout=3 kubernetes.default.svc.cluster.local 2>/dev/null)
sed -n '/^Name:/,$p' <<<"$out" | grep -qE '^Address:?[[:space:]]+[0-9.]+$' || { echo "kubernetes.default.svc.cluster.local no longer resolves."; exit 1; }
echo "registry.corp.internal resolves to 10.96.200.10."
