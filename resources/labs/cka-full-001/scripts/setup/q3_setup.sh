#!/usr/bin/env bash
# Q3: data that exists in a backup only. Creates namespace ledger with a ConfigMap, takes an etcd snapshot to
# /opt/backup/cluster2-etcd.db on cluster2-controlplane, then deletes the namespace and creates post-backup
# (which a restore removes). The ConfigMap's UID is recorded: a restore brings back the same UID, re-creating
# the object by hand does not.
set -eu
ctx=cluster2
state=/root/.ckx-lab
mkdir -p "$state" && chmod 700 "$state"
kubectl --context "$ctx" create namespace ledger --dry-run=client -o yaml | kubectl --context "$ctx" apply -f -
kubectl --context "$ctx" create configmap ledger-config -n ledger --from-literal=currency=EUR --from-literal=rounding=half-even \
    --dry-run=client -o yaml | kubectl --context "$ctx" apply -f -
kubectl --context "$ctx" get configmap ledger-config -n ledger -o jsonpath='{.metadata.uid}' >"$state/cka-full-q3-uid"
[ -s "$state/cka-full-q3-uid" ]
# shellcheck disable=SC2016 # expands on the node
ssh cluster2-controlplane 'set -e
mkdir -p /opt/backup
id=$(crictl ps --name "^etcd$" -q | head -n 1)
crictl exec "$id" etcdctl --endpoints=https://127.0.0.1:2379 --cacert=/etc/kubernetes/pki/etcd/ca.crt \
    --cert=/etc/kubernetes/pki/etcd/server.crt --key=/etc/kubernetes/pki/etcd/server.key \
    snapshot save /var/lib/etcd/ckx-backup.db >/dev/null
mv /var/lib/etcd/ckx-backup.db /opt/backup/cluster2-etcd.db'
kubectl --context "$ctx" delete namespace ledger --timeout=40s
kubectl --context "$ctx" create namespace post-backup --dry-run=client -o yaml | kubectl --context "$ctx" apply -f -
