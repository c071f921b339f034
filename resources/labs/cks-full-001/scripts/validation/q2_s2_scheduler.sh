#!/usr/bin/env bash
# Q2: kube-scheduler of cluster1 runs with --profiling=false and is Ready.
set -u
node=$(ssh cluster1-controlplane hostname 2>/dev/null) || { echo "cluster1-controlplane is unreachable over SSH."; exit 1; }
json=$(kubectl --context cluster1 get pod "kube-scheduler-$node" -n kube-system -o json 2>/dev/null) || { echo "No kube-scheduler pod on cluster1."; exit 1; }
jq -e '(.spec.containers[0].command // []) | index("--profiling=false") != null' <<<"$json" >/dev/null || { echo "kube-scheduler does not run with --profiling=false."; exit 1; }
jq -e '[.status.containerStatuses[]?.ready] | length > 0 and all' <<<"$json" >/dev/null || { echo "kube-scheduler is not Ready."; exit 1; }
echo "kube-scheduler has profiling disabled."
