#!/usr/bin/env bash
# Q8: the snapshot was taken after the setup: its revision includes the ConfigMap default/backup-marker.
set -u
want=$(cat /root/.ckx-lab/q8-revision 2>/dev/null) || { echo "The lab state of question 8 is missing."; exit 1; }
# shellcheck disable=SC2016 # expands on the node
out=$(ssh cluster3-controlplane 'set -e
cp /opt/backup/etcd-cluster3.db /var/lib/etcd/.ckx-q8-rev.db
id=$(crictl ps --name "^etcd\$" -q | head -1)
crictl exec "$id" etcdutl snapshot status /var/lib/etcd/.ckx-q8-rev.db -w json
rm -f /var/lib/etcd/.ckx-q8-rev.db' 2>/dev/null) || { echo "/opt/backup/etcd-cluster3.db is missing or not a snapshot."; exit 1; }
rev=$(jq -r '.revision' <<<"$out" 2>/dev/null)
[ "${rev:-0}" -ge "$want" ] 2>/dev/null || { echo "The snapshot is at revision ${rev:-?}, older than the setup (revision $want)."; exit 1; }
echo "The snapshot (revision $rev) includes the setup's marker."
