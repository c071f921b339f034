#!/usr/bin/env bash
# Q8: a marker object in cluster3 whose revision a backup taken afterwards must include; no backup exists yet.
set -eu
mkdir -p /root/.ckx-lab
ssh cluster3-controlplane 'rm -f /opt/backup/etcd-cluster3.db; mkdir -p /opt/backup'
kubectl --context cluster3 -n default create configmap backup-marker --from-literal=taken=before-backup
kubectl --context cluster3 -n default get configmap backup-marker -o jsonpath='{.metadata.resourceVersion}' > /root/.ckx-lab/q8-revision
