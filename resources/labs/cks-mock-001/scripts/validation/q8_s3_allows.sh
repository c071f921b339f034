#!/usr/bin/env bash
# Q8: the policy exists and still admits pinned images (tag or digest) in supply, and anything in other namespaces.
set -u
ctx=cluster1
kubectl --context "$ctx" get validatingadmissionpolicybinding pinned-images-binding -o name >/dev/null 2>&1 || { echo "No ValidatingAdmissionPolicyBinding 'pinned-images-binding'."; exit 1; }
probe() { # name namespace image
    printf '{"apiVersion":"v1","kind":"Pod","metadata":{"name":"%s","namespace":"%s"},"spec":{"containers":[{"name":"app","image":"%s"}]}}' \
        "$1" "$2" "$3" | kubectl --context "$ctx" create --dry-run=server -f - >/dev/null 2>&1
}
repo=nginx digest=sha256:0000000000000000000000000000000000000000000000000000000000000000
probe ckx-probe-tag supply "$repo:1.27-alpine" || { echo "A pod with the pinned image '$repo:1.27-alpine' is rejected in 'supply'."; exit 1; }
probe ckx-probe-port supply "registry.local:5000/$repo:1.27" || { echo "A pod with 'registry.local:5000/$repo:1.27' is rejected in 'supply'."; exit 1; }
probe ckx-probe-digest supply "$repo@$digest" || { echo "A pod with an image pinned by digest is rejected in 'supply'."; exit 1; }
probe ckx-probe-other default "$repo:latest" || { echo "A pod in namespace 'default' is rejected: the policy must only apply to namespaces labelled images=pinned."; exit 1; }
echo "Pinned images are admitted in 'supply'; other namespaces are not affected."
