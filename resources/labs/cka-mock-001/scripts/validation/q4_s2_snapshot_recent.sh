#!/usr/bin/env bash
# Q4: the snapshot was taken during this exam: it holds the marker ConfigMap the lab created at start.
set -u
f=/opt/etcd-backup/cluster2-snapshot.db
token=$(kubectl --context cluster2 get configmap ckx-etcd-marker -n kube-system -o jsonpath='{.data.token}' 2>/dev/null)
[ -n "$token" ] || { echo "The lab's marker ConfigMap kube-system/ckx-etcd-marker is missing from cluster2."; exit 1; }
# shellcheck disable=SC2029 # the token expands on the jumphost on purpose
if ! ssh cluster2-controlplane "grep -a -q -F '$token' $f" 2>/dev/null; then
    echo "$f on cluster2-controlplane is missing or was not taken from cluster2's etcd during this exam."
    exit 1
fi
echo "$f holds the current state of cluster2."
