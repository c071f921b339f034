#!/usr/bin/env bash
# Q3: monitor can read pods (the grant exists) but cannot read secrets, change pods or nodes, or read other resources.
set -u
ctx=cluster1 sa=system:serviceaccount:observability:monitor
kubectl --context "$ctx" auth can-i list pods --all-namespaces --as "$sa" --quiet 2>/dev/null || { echo "monitor cannot list pods yet."; exit 1; }
for probe in "get secrets -n kube-system" "list secrets --all-namespaces" "delete pods -n default" "create pods -n default" \
    "patch nodes" "list deployments.apps --all-namespaces" "get configmaps -n kube-system" "create pods/exec -n default"; do
    # shellcheck disable=SC2086 # the probe is split into words on purpose
    if kubectl --context "$ctx" auth can-i $probe --as "$sa" --quiet 2>/dev/null; then
        echo "monitor may '$probe': more than it needs."
        exit 1
    fi
done
echo "monitor holds read access to pods and nodes only."
