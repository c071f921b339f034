#!/usr/bin/env bash
# Q19: the claim store/logs (1Gi, class resizable that forbids expansion) is bound and used by the pod logger;
# its UID is kept so the check can tell an expanded claim from a re-created one.
set -eu
mkdir -p /root/.ckx-lab
kubectl --context cluster1 create namespace store
kubectl --context cluster1 apply -f - <<'YAML'
apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata: {name: resizable}
provisioner: rancher.io/local-path
volumeBindingMode: WaitForFirstConsumer
allowVolumeExpansion: false
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata: {name: logs, namespace: store}
spec:
  storageClassName: resizable
  accessModes: [ReadWriteOnce]
  volumeMode: Filesystem
  resources: {requests: {storage: 1Gi}}
---
apiVersion: v1
kind: Pod
metadata: {name: logger, namespace: store}
spec:
  containers:
  - name: logger
    image: busybox:1.36
    command: [sh, -c, 'while true; do date >> /logs/out.log; sleep 10; done']
    volumeMounts: [{name: logs, mountPath: /logs}]
  volumes:
  - {name: logs, persistentVolumeClaim: {claimName: logs}}
YAML
kubectl --context cluster1 -n store get pvc logs -o jsonpath='{.metadata.uid}' > /root/.ckx-lab/q19-uid
