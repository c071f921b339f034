#!/usr/bin/env bash
# Q10: the configmap vault2/app-config still reads back through the API and is stored in etcd with aesgcm key key2026.
set -u
val=$(kubectl --context cluster1 get configmap app-config -n vault2 -o jsonpath='{.data.endpoint}' 2>/dev/null)
[ "$val" = "https://vault.internal" ] || { echo "The configmap vault2/app-config is missing or its value changed."; exit 1; }
# shellcheck disable=SC2016 # expands on the node
head=$(ssh cluster1-controlplane 'id=$(crictl ps --name "^etcd$" -q | head -n 1)
crictl exec "$id" etcdctl --endpoints=https://127.0.0.1:2379 --cacert=/etc/kubernetes/pki/etcd/ca.crt \
  --cert=/etc/kubernetes/pki/etcd/server.crt --key=/etc/kubernetes/pki/etcd/server.key \
  get /registry/configmaps/vault2/app-config --print-value-only | head -c 32' 2>/dev/null | tr -d '\0')
case $head in
    k8s:enc:aesgcm:v1:key2026:*) echo "The configmap vault2/app-config is encrypted with aesgcm key2026." ;;
    *) echo "The configmap vault2/app-config is not stored encrypted with aesgcm key2026 in etcd (starts with '${head:0:20}')."; exit 1 ;;
esac
