#!/usr/bin/env bash
# Q8: pod log-pod has the containers app and log-tailer, both busybox:1.36.
set -u
ns=pluto
got=$(kubectl get pod log-pod -n "$ns" -o jsonpath='{range .spec.containers[*]}{.name}={.image}{"\n"}{end}' 2>/dev/null) || {
    echo "No pod 'log-pod' in namespace '$ns'."
    exit 1
}
want=$'app=busybox:1.36\nlog-tailer=busybox:1.36'
[ "$(sort <<<"$got")" = "$want" ] || { echo "Pod 'log-pod' has containers '${got//$'\n'/, }', expected app and log-tailer on busybox:1.36."; exit 1; }
echo "Pod 'log-pod' has the containers app and log-tailer."
