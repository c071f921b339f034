#!/usr/bin/env bash
# Q6: an anonymous request can no longer read pods, nodes or configmaps.
set -u
ctx=cluster1
for probe in "list pods -n default" "list nodes" "get configmaps -n kube-system" "list services --all-namespaces"; do
    # shellcheck disable=SC2086 # the probe is split into words on purpose
    if kubectl --context "$ctx" auth can-i $probe --as system:anonymous --as-group system:unauthenticated --quiet 2>/dev/null; then
        echo "Anonymous requests may still '$probe'."
        exit 1
    fi
done
echo "Anonymous requests are denied."
