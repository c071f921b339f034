#!/usr/bin/env bash
# Q10: the secret vault2/app-secret still reads back through the API and is stored in etcd with aesgcm key key2026.
set -u
val=$(kubectl --context cluster1 get secret app-secret -n vault2 -o jsonpath='{.data.token}' 2>/dev/null | base64 -d)
[ "$val" = "s3cret-token" ] || { echo "The secret vault2/app-secret is missing or its value changed."; exit 1; }
# shellcheck disable=SC2016 # expands on the node
head=$(ssh cluster1-controlplane 'id=$(crictl ps --name "^etcd$" -q | head -n 1)
crictl exec "$id" etcdctl --endpoints=https://127.0.0.1:2379 --cacert=/etc/kubernetes/pki/etcd/ca.crt \
  --cert=/etc/kubernetes/pki/etcd/server.crt --key=/etc/kubernetes/pki/etcd/server.key \
  get /registry/secrets/vault2/app-secret --print-value-only | head -c 32' 2>/dev/null | tr -d '\0')
case $head in
    k8s:enc:aesgcm:v1:key2026:*) echo "The secret vault2/app-secret is encrypted with aesgcm key2026." ;;
    *) echo "The secret vault2/app-secret is not stored encrypted with aesgcm key2026 in etcd (starts with '${head:0:20}')."; exit 1 ;;
esac
