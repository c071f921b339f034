#!/usr/bin/env bash
# Q4: /opt/etcd-backup/cluster2-snapshot.db on cluster2-controlplane is an etcd (bbolt) snapshot file.
set -u
f=/opt/etcd-backup/cluster2-snapshot.db
# shellcheck disable=SC2029 # $f expands on the jumphost on purpose
out=$(ssh cluster2-controlplane "[ -f $f ] && stat -c %s $f && od -An -tx1 -j16 -N4 $f" 2>/dev/null) || {
    echo "No file $f on cluster2-controlplane."
    exit 1
}
size=$(sed -n 1p <<<"$out")
magic=$(sed -n 2p <<<"$out" | tr -d ' ')
[ "$magic" = "edda0ced" ] || { echo "$f is not an etcd snapshot (no bbolt header)."; exit 1; }
[ "$size" -ge 262144 ] || { echo "$f is only $size bytes: too small for a snapshot of a cluster."; exit 1; }
echo "$f is an etcd snapshot of $size bytes."
