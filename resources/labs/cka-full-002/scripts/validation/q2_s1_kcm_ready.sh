#!/usr/bin/env bash
# Q2: the kube-controller-manager static pod of cluster2 has every container ready.
set -u
json=$(kubectl --context cluster2 -n kube-system get pods -l component=kube-controller-manager -o json 2>/dev/null) || { echo "Cannot list pods in cluster2."; exit 1; }
jq -e '(.items | length) > 0 and all(.items[]; (.status.containerStatuses // []) as $c | ($c | length) > 0 and all($c[]; .ready))' <<<"$json" >/dev/null ||
    { echo "kube-controller-manager of cluster2 is not Ready."; exit 1; }
echo "kube-controller-manager of cluster2 is Ready."
