#!/usr/bin/env bash
# Reference answer for Q2: one flag in each static pod manifest.
set -eu
node=$(ssh cluster1-controlplane hostname)
ssh cluster1-controlplane 'set -e
for c in kube-controller-manager kube-scheduler; do
    m=/etc/kubernetes/manifests/$c.yaml
    grep -q -- "- --profiling=false" "$m" || sed -i "s/^\( *\)- $c$/&\n\1- --profiling=false/" "$m"
done'
for _ in $(seq 1 27); do
    sleep 2
    ok=1
    for c in kube-controller-manager kube-scheduler; do
        kubectl --context cluster1 get pod "$c-$node" -n kube-system -o json 2>/dev/null |
            jq -e '(.spec.containers[0].command | index("--profiling=false")) != null and ([.status.containerStatuses[]?.ready] | length > 0 and all)' >/dev/null || ok=
    done
    [ -z "$ok" ] || exit 0
done
echo "the controller manager and scheduler did not come back in 55 s" >&2
exit 1
