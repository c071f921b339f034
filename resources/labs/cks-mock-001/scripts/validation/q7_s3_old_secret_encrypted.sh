#!/usr/bin/env bash
# Q7: the secret vault/legacy-token, created before encryption was on, was rewritten and is now encrypted in etcd.
set -u
val=$(kubectl --context cluster1 get secret legacy-token -n vault -o jsonpath='{.data.token}' 2>/dev/null | base64 -d)
[ "$val" = "plain-text-in-etcd" ] || { echo "Secret vault/legacy-token is missing or its value changed."; exit 1; }
# shellcheck disable=SC2016 # expands on the node
head=$(ssh cluster1-controlplane 'id=$(crictl ps --name "^etcd$" -q | head -n 1)
crictl exec "$id" etcdctl --endpoints=https://127.0.0.1:2379 --cacert=/etc/kubernetes/pki/etcd/ca.crt \
  --cert=/etc/kubernetes/pki/etcd/server.crt --key=/etc/kubernetes/pki/etcd/server.key \
  get /registry/secrets/vault/legacy-token --print-value-only | head -c 32' 2>/dev/null | tr -d '\0')
case $head in
    k8s:enc:aescbc:v1:key1:*) echo "Secret vault/legacy-token is now encrypted in etcd." ;;
    *) echo "Secret vault/legacy-token is still stored unencrypted in etcd: rewrite it after enabling encryption."; exit 1 ;;
esac
