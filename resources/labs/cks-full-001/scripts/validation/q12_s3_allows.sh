#!/usr/bin/env bash
# Q12: the binding exists and trusted images pass in storefront, while other namespaces are not affected.
set -u
ctx=cluster1
kubectl --context "$ctx" get validatingadmissionpolicybinding trusted-registries-binding -o name >/dev/null 2>&1 || { echo "No ValidatingAdmissionPolicyBinding 'trusted-registries-binding'."; exit 1; }
probe() { # name namespace image
    printf '{"apiVersion":"v1","kind":"Pod","metadata":{"name":"%s","namespace":"%s"},"spec":{"containers":[{"name":"app","image":"%s"}]}}' \
        "$1" "$2" "$3" | kubectl --context "$ctx" create --dry-run=server -f - >/dev/null 2>&1
}
probe ckx-probe storefront registry.corp.example/shop/api:1.4 || { echo "A pod from registry.corp.example/ is rejected in 'storefront'."; exit 1; }
probe ckx-probe storefront docker.io/library/nginx:1.27-alpine || { echo "A pod from docker.io/library/ is rejected in 'storefront'."; exit 1; }
probe ckx-probe default quay.io/evil/miner:1.0 || { echo "A pod in 'default' is rejected: the policy must only apply to registries=trusted namespaces."; exit 1; }
echo "Trusted images pass; other namespaces are not affected."
