#!/usr/bin/env bash
# Q2: the kube-scheduler of cluster2 runs with a kubeconfig file that exists on the node and is Ready.
set -u
node=$(ssh cluster2-controlplane hostname 2>/dev/null) || { echo "cluster2-controlplane is unreachable over SSH."; exit 1; }
json=$(kubectl --context cluster2 get pod "kube-scheduler-$node" -n kube-system -o json 2>/dev/null) || { echo "No kube-scheduler pod on cluster2's control plane."; exit 1; }
kc=$(jq -r '(.spec.containers[0].command // [])[] | select(startswith("--kubeconfig=")) | ltrimstr("--kubeconfig=")' <<<"$json")
[ -n "$kc" ] || { echo "kube-scheduler runs without --kubeconfig."; exit 1; }
# shellcheck disable=SC2029 # the path expands on the jumphost on purpose
ssh cluster2-controlplane "test -s '$kc'" 2>/dev/null || { echo "kube-scheduler uses the kubeconfig $kc, which does not exist on the node."; exit 1; }
jq -e '[.status.containerStatuses[]?.ready] | length > 0 and all' <<<"$json" >/dev/null || { echo "kube-scheduler is not Ready."; exit 1; }
echo "kube-scheduler runs with $kc."
