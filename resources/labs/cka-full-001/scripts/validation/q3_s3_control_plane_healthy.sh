#!/usr/bin/env bash
# Q3: after the restore, etcd and kube-apiserver of cluster2 are Ready and the restored ConfigMap is served.
set -u
node=$(ssh cluster2-controlplane hostname 2>/dev/null) || { echo "cluster2-controlplane is unreachable over SSH."; exit 1; }
kubectl --context cluster2 get configmap ledger-config -n ledger -o name >/dev/null 2>&1 || { echo "The restored data is not served by cluster2."; exit 1; }
for p in etcd kube-apiserver; do
    kubectl --context cluster2 get pod "$p-$node" -n kube-system -o json 2>/dev/null |
        jq -e '[.status.containerStatuses[]?.ready] | length > 0 and all' >/dev/null || { echo "$p of cluster2 is not Ready."; exit 1; }
done
echo "etcd and kube-apiserver of cluster2 are Ready."
