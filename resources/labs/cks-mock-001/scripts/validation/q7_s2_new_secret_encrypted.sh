#!/usr/bin/env bash
# Q7: the secret vault/api-key (apikey=ckx-7f3a) reads back through the API and is stored in etcd with aescbc key1.
set -u
val=$(kubectl --context cluster1 get secret api-key -n vault -o jsonpath='{.data.apikey}' 2>/dev/null | base64 -d)
[ "$val" = "ckx-7f3a" ] || { echo "Secret vault/api-key does not hold apikey=ckx-7f3a."; exit 1; }
# shellcheck disable=SC2016 # expands on the node
head=$(ssh cluster1-controlplane 'id=$(crictl ps --name "^etcd$" -q | head -n 1)
crictl exec "$id" etcdctl --endpoints=https://127.0.0.1:2379 --cacert=/etc/kubernetes/pki/etcd/ca.crt \
  --cert=/etc/kubernetes/pki/etcd/server.crt --key=/etc/kubernetes/pki/etcd/server.key \
  get /registry/secrets/vault/api-key --print-value-only | head -c 32' 2>/dev/null | tr -d '\0')
case $head in
    k8s:enc:aescbc:v1:key1:*) echo "Secret vault/api-key is encrypted in etcd with aescbc key1." ;;
    *) echo "Secret vault/api-key is not stored encrypted with aescbc key1 in etcd (starts with '${head:0:18}')."; exit 1 ;;
esac
