#!/usr/bin/env bash
# Q12: in storefront, pods with images outside the trusted prefixes are rejected (containers and init containers).
# Server-side dry runs: nothing is created, nothing is pulled.
set -u
ctx=cluster1
probe() { # name container-image [init-image]
    local init=''
    [ -z "${3:-}" ] || init=$(printf ',"initContainers":[{"name":"init","image":"%s"}]' "$3")
    printf '{"apiVersion":"v1","kind":"Pod","metadata":{"name":"%s","namespace":"storefront"},"spec":{"containers":[{"name":"app","image":"%s"}]%s}}' \
        "$1" "$2" "$init" | kubectl --context "$ctx" create --dry-run=server -f - >/dev/null 2>&1
}
for img in quay.io/evil/miner:1.0 ghcr.io/someone/tool:2 registry.corp.example.attacker.io/app:1 nginx:1.27-alpine; do
    if probe ckx-probe "$img"; then echo "A pod with image '$img' is admitted in 'storefront'."; exit 1; fi
done
if probe ckx-probe-init registry.corp.example/shop/api:1.4 quay.io/evil/miner:1.0; then
    echo "A pod with an untrusted init container is admitted in 'storefront'."
    exit 1
fi
echo "Untrusted registries are rejected in 'storefront'."
