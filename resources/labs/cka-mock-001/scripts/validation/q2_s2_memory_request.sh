#!/usr/bin/env bash
# Q2: the checkout container still requests memory, at most 256Mi.
set -u
ctx=cluster1 ns=triage
to_bytes() {
    local q=$1 n u m
    n=${q%%[!0-9.]*}
    u=${q#"$n"}
    case $u in
        '') m=1 ;; k) m=1000 ;; Ki) m=1024 ;; M) m=1000000 ;; Mi) m=1048576 ;; G) m=1000000000 ;; Gi) m=1073741824 ;;
        *) return 1 ;;
    esac
    [ -n "$n" ] || return 1
    awk -v n="$n" -v m="$m" 'BEGIN { printf "%.0f\n", n * m }'
}
req=$(kubectl --context "$ctx" get deployment checkout -n "$ns" -o jsonpath='{.spec.template.spec.containers[0].resources.requests.memory}' 2>/dev/null) || {
    echo "No deployment 'checkout' in namespace '$ns' on $ctx."
    exit 1
}
[ -n "$req" ] || { echo "Deployment 'checkout' no longer requests memory; it must request at most 256Mi."; exit 1; }
bytes=$(to_bytes "$req") || { echo "Cannot read the memory request '$req'."; exit 1; }
if [ "$bytes" -le 0 ] || [ "$bytes" -gt 268435456 ]; then
    echo "Deployment 'checkout' requests $req of memory, expected more than 0 and at most 256Mi."
    exit 1
fi
echo "Deployment 'checkout' requests $req of memory."
