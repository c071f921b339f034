#!/usr/bin/env bash
# Reference answer for Q4: etcdctl from inside the etcd container writes into /var/lib/etcd (a hostPath), then the
# file moves to the backup folder on the node.
set -eu
# shellcheck disable=SC2016 # expands on the node
ssh cluster2-controlplane 'set -e
mkdir -p /opt/etcd-backup
id=$(crictl ps --name "^etcd$" -q | head -n 1)
crictl exec "$id" etcdctl --endpoints=https://127.0.0.1:2379 \
    --cacert=/etc/kubernetes/pki/etcd/ca.crt --cert=/etc/kubernetes/pki/etcd/server.crt \
    --key=/etc/kubernetes/pki/etcd/server.key snapshot save /var/lib/etcd/cluster2-snapshot.db
mv /var/lib/etcd/cluster2-snapshot.db /opt/etcd-backup/cluster2-snapshot.db
ls -l /opt/etcd-backup/cluster2-snapshot.db'
