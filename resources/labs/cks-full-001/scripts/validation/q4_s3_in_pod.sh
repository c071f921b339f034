#!/usr/bin/env bash
# Q4: inside the running pod backend the vault token exists and the default API token folder does not.
set -u
phase=$(kubectl --context cluster1 get pod backend -n tokens -o jsonpath='{.status.phase}' 2>/dev/null)
[ "$phase" = "Running" ] || { echo "Pod 'backend' is not running."; exit 1; }
timeout 20 kubectl --context cluster1 exec backend -n tokens -- test -s /var/run/secrets/vault/token 2>/dev/null || { echo "/var/run/secrets/vault/token is missing in 'backend'."; exit 1; }
if timeout 20 kubectl --context cluster1 exec backend -n tokens -- test -e /var/run/secrets/kubernetes.io/serviceaccount/token 2>/dev/null; then
    echo "'backend' still has the automounted API token."
    exit 1
fi
echo "'backend' holds only the vault token."
