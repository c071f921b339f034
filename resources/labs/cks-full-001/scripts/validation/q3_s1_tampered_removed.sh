#!/usr/bin/env bash
# Q3: the altered binary /opt/binaries/kubeadm on cluster1-controlplane has been deleted.
set -u
if ssh cluster1-controlplane 'test -e /opt/binaries/kubeadm' 2>/dev/null; then
    echo "/opt/binaries/kubeadm does not match its checksum and is still there."
    exit 1
fi
ssh cluster1-controlplane 'test -f /opt/binaries/SHA256SUMS' 2>/dev/null || { echo "/opt/binaries/SHA256SUMS was removed; keep it."; exit 1; }
echo "The altered binary was removed."
