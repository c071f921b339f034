#!/usr/bin/env bash
# Q4: pod backend runs as ServiceAccount backend with a projected token (audience vault, 3600 s) at
# /var/run/secrets/vault/token and no automounted API token.
set -u
json=$(kubectl --context cluster1 get pod backend -n tokens -o json 2>/dev/null) || { echo "No pod 'backend' in 'tokens'."; exit 1; }
jq -e '.spec.serviceAccountName == "backend" and (.spec.automountServiceAccountToken // false) == false' <<<"$json" >/dev/null || {
    echo "Pod 'backend' must run as ServiceAccount backend without an automounted token."
    exit 1
}
if ! jq -e '.spec as $s
    | [$s.volumes[]? | select(any(.projected.sources[]?; .serviceAccountToken.audience == "vault" and .serviceAccountToken.expirationSeconds == 3600 and .serviceAccountToken.path == "token")) | .name] as $v
    | ($v | length) > 0 and any($s.containers[]; any(.volumeMounts[]?; (.name as $n | $v | index($n) != null) and (.mountPath | rtrimstr("/")) == "/var/run/secrets/vault"))' <<<"$json" >/dev/null; then
    echo "Pod 'backend' has no projected token (audience vault, 3600 s, path token) mounted at /var/run/secrets/vault."
    exit 1
fi
echo "Pod 'backend' gets only the vault token."
