#!/usr/bin/env bash
# Q2: the scheduler is working: it runs with an existing kubeconfig and renewed its leader lease in the last 30 s.
set -u
node=$(ssh cluster2-controlplane hostname 2>/dev/null) || { echo "cluster2-controlplane is unreachable over SSH."; exit 1; }
kc=$(kubectl --context cluster2 get pod "kube-scheduler-$node" -n kube-system -o json 2>/dev/null |
    jq -r '(.spec.containers[0].command // [])[] | select(startswith("--kubeconfig=")) | ltrimstr("--kubeconfig=")')
# shellcheck disable=SC2029 # the path expands on the jumphost on purpose
if [ -z "$kc" ] || ! ssh cluster2-controlplane "test -s '$kc'" 2>/dev/null; then
    echo "kube-scheduler still runs with a kubeconfig that does not exist."
    exit 1
fi
renew=$(kubectl --context cluster2 get lease kube-scheduler -n kube-system -o jsonpath='{.spec.renewTime}' 2>/dev/null)
[ -n "$renew" ] || { echo "The scheduler holds no leader lease."; exit 1; }
age=$(( $(date -u +%s) - $(date -u -d "$renew" +%s) ))
[ "$age" -le 30 ] || { echo "The scheduler last renewed its lease $age s ago: it is not running."; exit 1; }
echo "The scheduler of cluster2 is leading (lease renewed $age s ago)."
