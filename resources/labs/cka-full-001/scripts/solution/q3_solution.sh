#!/usr/bin/env bash
# Reference answer for Q3: restore the snapshot into a new data folder with the member's own name and peer URL
# (read from the etcd manifest), point etcd at it, and restart the API server so no cache outlives the old data.
set -eu
# shellcheck disable=SC2016 # expands on the node
ssh cluster2-controlplane 'set -e
m=/etc/kubernetes/manifests/etcd.yaml
name=$(sed -n "s/^ *- --name=//p" "$m")
peer=$(sed -n "s/^ *- --initial-advertise-peer-urls=//p" "$m")
id=$(crictl ps --name "^etcd$" -q | head -n 1)
rm -rf /var/lib/etcd/restored
cp /opt/backup/cluster2-etcd.db /var/lib/etcd/ckx-restore.db
crictl exec "$id" etcdutl snapshot restore /var/lib/etcd/ckx-restore.db --data-dir /var/lib/etcd/restored \
    --name "$name" --initial-cluster "$name=$peer" --initial-advertise-peer-urls "$peer" >/dev/null 2>&1 ||
crictl exec "$id" etcdctl snapshot restore /var/lib/etcd/ckx-restore.db --data-dir /var/lib/etcd/restored \
    --name "$name" --initial-cluster "$name=$peer" --initial-advertise-peer-urls "$peer" >/dev/null
rm -f /var/lib/etcd/ckx-restore.db
cp "$m" /root/etcd.yaml.bak
sed -i "s#^\( *\)- --data-dir=/var/lib/etcd\$#\1- --data-dir=/var/lib/etcd/restored#" "$m"
grep -q -- "--data-dir=/var/lib/etcd/restored" "$m"'
# Wait for the new etcd, then restart the API server (both waits together stay inside the 60 s script limit).
for _ in $(seq 1 15); do
    sleep 2
    # shellcheck disable=SC2016 # expands on the node
    if ssh cluster2-controlplane 'id=$(crictl ps --name "^etcd$" -q | head -n 1); [ -n "$id" ] && crictl inspect "$id" | grep -q "/var/lib/etcd/restored"'; then
        break
    fi
done
# shellcheck disable=SC2016 # expands on the node
ssh cluster2-controlplane 'id=$(crictl ps --name "^kube-apiserver$" -q | head -n 1); [ -z "$id" ] || crictl stop "$id" >/dev/null'
for _ in $(seq 1 12); do
    sleep 2
    kubectl --context cluster2 get configmap ledger-config -n ledger -o name >/dev/null 2>&1 && exit 0
done
echo "cluster2 does not serve the restored data yet" >&2
exit 1
