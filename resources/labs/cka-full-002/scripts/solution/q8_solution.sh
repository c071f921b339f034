#!/usr/bin/env bash
# Reference answer for Q8: etcdctl inside the etcd container (it sees /var/lib/etcd and the etcd PKI), then copy
# the file to where the task wants it.
set -eu
# shellcheck disable=SC2016 # expands on the node
ssh cluster3-controlplane 'set -e
id=$(crictl ps --name "^etcd\$" -q | head -1)
crictl exec "$id" etcdctl --endpoints=https://127.0.0.1:2379 \
  --cacert=/etc/kubernetes/pki/etcd/ca.crt --cert=/etc/kubernetes/pki/etcd/server.crt --key=/etc/kubernetes/pki/etcd/server.key \
  snapshot save /var/lib/etcd/etcd-cluster3.db
mkdir -p /opt/backup
mv /var/lib/etcd/etcd-cluster3.db /opt/backup/etcd-cluster3.db'
