#!/usr/bin/env bash
# Q7: dev-team has no more than that: it can create deployments in dev1 (so the grant exists) but cannot read
# secrets, manage pods, touch other namespaces, or change namespaces.
set -u
ctx=cluster1
can() { kubectl --context "$ctx" auth can-i "$@" --as ckx-dev-user --as-group dev-team --quiet 2>/dev/null; }
can create deployments.apps -n dev1 || { echo "dev-team has not been granted anything in dev1 yet."; exit 1; }
for probe in "get secrets -n dev1" "create pods -n dev2" "create deployments.apps -n default" "list configmaps -n kube-system" \
    "delete namespaces" "create namespaces" "list nodes" "create rolebindings.rbac.authorization.k8s.io -n dev1"; do
    # shellcheck disable=SC2086 # the probe is split into words on purpose
    if can $probe; then
        echo "dev-team may '$probe': more than it needs."
        exit 1
    fi
done
echo "dev-team holds only what it needs."
