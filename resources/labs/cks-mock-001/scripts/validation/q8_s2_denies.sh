#!/usr/bin/env bash
# Q8: in namespace supply the API server rejects pods whose images are untagged or :latest, in containers and in
# initContainers. Server-side dry runs: nothing is created and no image is pulled.
set -u
ctx=cluster1
probe() { # name namespace container-image [init-image]
    local init=''
    [ -z "${4:-}" ] || init=$(printf ',"initContainers":[{"name":"init","image":"%s"}]' "$4")
    printf '{"apiVersion":"v1","kind":"Pod","metadata":{"name":"%s","namespace":"%s"},"spec":{"containers":[{"name":"app","image":"%s"}]%s}}' \
        "$1" "$2" "$3" "$init" | kubectl --context "$ctx" create --dry-run=server -f - >/dev/null 2>&1
}
repo=nginx
if probe ckx-probe-latest supply "$repo:latest"; then echo "A pod with image '$repo:latest' is admitted in 'supply'."; exit 1; fi
if probe ckx-probe-untagged supply "$repo"; then echo "A pod with the untagged image '$repo' is admitted in 'supply'."; exit 1; fi
if probe ckx-probe-registry supply "registry.local:5000/$repo"; then echo "A pod with the untagged image 'registry.local:5000/$repo' is admitted in 'supply'."; exit 1; fi
if probe ckx-probe-init supply "$repo:1.27-alpine" "$repo:latest"; then echo "A pod with an init container on '$repo:latest' is admitted in 'supply'."; exit 1; fi
echo "Pods with untagged or latest images are rejected in 'supply'."
