#!/usr/bin/env bash
# Q5: healthy-web runs nginx:1.25-alpine and is Ready.
set -u
ns=mars
got=$(kubectl get pod healthy-web -n "$ns" -o jsonpath='{.spec.containers[0].image} {.status.conditions[?(@.type=="Ready")].status}' 2>/dev/null) || {
    echo "No pod 'healthy-web' in namespace '$ns'."
    exit 1
}
read -r image ready <<<"$got"
[ "$image" = "nginx:1.25-alpine" ] || { echo "Pod 'healthy-web' uses image '$image', expected 'nginx:1.25-alpine'."; exit 1; }
[ "${ready:-}" = "True" ] || { echo "Pod 'healthy-web' is not Ready."; exit 1; }
echo "Pod 'healthy-web' is Ready."
