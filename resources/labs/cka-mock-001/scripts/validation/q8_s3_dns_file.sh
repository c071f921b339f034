#!/usr/bin/env bash
# Q8: /home/candidate/dns/frontend-svc.txt on the jumphost holds the address the name resolves to (the ClusterIP).
set -u
f=/home/candidate/dns/frontend-svc.txt
ip=$(kubectl --context cluster1 get service frontend-svc -n web -o jsonpath='{.spec.clusterIP}' 2>/dev/null)
[ -n "$ip" ] || { echo "No service 'frontend-svc' in 'web'."; exit 1; }
[ -f "$f" ] || { echo "No file $f."; exit 1; }
got=$(grep -v '^[[:space:]]*$' "$f" | tr -d ' \r\t')
[ "$got" = "$ip" ] || { echo "$f holds '${got//$'\n'/ }', expected only the address $ip."; exit 1; }
echo "$f holds $ip."
