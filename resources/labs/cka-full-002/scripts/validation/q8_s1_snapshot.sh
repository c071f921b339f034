#!/usr/bin/env bash
# Q8: /opt/backup/etcd-cluster3.db on cluster3-controlplane is a valid etcd snapshot (etcdutl snapshot status).
set -u
# shellcheck disable=SC2016 # expands on the node
out=$(ssh cluster3-controlplane 'set -e
[ -s /opt/backup/etcd-cluster3.db ]
cp /opt/backup/etcd-cluster3.db /var/lib/etcd/.ckx-q8-check.db
id=$(crictl ps --name "^etcd\$" -q | head -1)
crictl exec "$id" etcdutl snapshot status /var/lib/etcd/.ckx-q8-check.db -w json
rm -f /var/lib/etcd/.ckx-q8-check.db' 2>/dev/null) || { echo "/opt/backup/etcd-cluster3.db on cluster3-controlplane is missing or not an etcd snapshot."; exit 1; }
jq -e '.totalKey > 0' <<<"$out" >/dev/null 2>&1 || { echo "/opt/backup/etcd-cluster3.db holds no keys."; exit 1; }
echo "/opt/backup/etcd-cluster3.db is a valid snapshot."
