#!/usr/bin/env bash
# Q1: pod api requests 100m CPU / 64Mi memory and is limited to 200m CPU / 128Mi memory.
set -u
ns=orion
res=$(kubectl get pod api -n "$ns" -o jsonpath='{.spec.containers[0].resources.requests.cpu} {.spec.containers[0].resources.requests.memory} {.spec.containers[0].resources.limits.cpu} {.spec.containers[0].resources.limits.memory}' 2>/dev/null) || {
    echo "No pod 'api' in namespace '$ns'."
    exit 1
}
read -r rcpu rmem lcpu lmem <<<"$res"
ok=1
[ "${rcpu:-}" = "100m" ] || { echo "CPU request is '${rcpu:-none}', expected 100m."; ok=0; }
case "${rmem:-}" in 64Mi | 67108864) ;; *) echo "Memory request is '${rmem:-none}', expected 64Mi."; ok=0 ;; esac
case "${lcpu:-}" in 200m) ;; *) echo "CPU limit is '${lcpu:-none}', expected 200m."; ok=0 ;; esac
case "${lmem:-}" in 128Mi | 134217728) ;; *) echo "Memory limit is '${lmem:-none}', expected 128Mi."; ok=0 ;; esac
[ "$ok" = 1 ] || exit 1
echo "Pod 'api' has the requested resources and limits."
